"""The Kepmendagri region register and the Dukcapil populations, shipped with jkngap and
opened only when a command asks for a region (:mod:`jkngap.data.register`)."""
