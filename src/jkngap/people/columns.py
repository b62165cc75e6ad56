"""Which column of a list of people holds what: header aliases in Indonesian and English.

Headers are matched ignoring case, spaces, underscores and punctuation ("No. KK", "no_kk"
and "NO KK" are one column). The name column is recognised so that it is never taken for
anything else, and never read: match has no use for a name, so none is kept.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from jkngap.core.errors import Field, InputError
from jkngap.core.headers import given_columns, normalise_header, roles_by_header
from jkngap.core.nik import check_nik, looks_hashed, scrub

__all__ = ["ALIASES", "ROLES_OF", "ListColumns", "find_columns", "normalise_header"]

ALIASES: dict[str, tuple[str, ...]] = {
    "nik": (
        "nik",
        "no nik",
        "nomor nik",
        "nik peserta",
        "nik penduduk",
        "nik anggota",
        "nomor induk kependudukan",
        "no ktp",
        "nomor ktp",
        "ktp",
        "national id",
    ),
    "nik_hash": ("nik hash", "hash nik", "nik hmac", "nik sha256", "hashed nik"),
    "nik_check": ("nik check", "cek nik"),
    "kk": (
        "kk",
        "no kk",
        "nomor kk",
        "nkk",
        "no kartu keluarga",
        "nomor kartu keluarga",
        "kartu keluarga",
        "family card",
    ),
    "kk_hash": ("kk hash", "hash kk", "no kk hash"),
    "desa": (
        "kode desa",
        "kode kelurahan",
        "kode desa kelurahan",
        "kode deskel",
        "kd desa",
        "kode wilayah",
        "kode wilayah desa",
        "kode kel",
        "desa code",
        "village code",
        "kode",
        "code",
    ),
    "name": (
        "nama",
        "name",
        "nama lengkap",
        "nama peserta",
        "nama penduduk",
        "nama anggota",
        "full name",
    ),
    "status": (
        "status",
        "status aktif",
        "status peserta",
        "status kepesertaan",
        "status keaktifan",
        "keaktifan",
        "aktif",
        "active",
    ),
    "segment": (
        "segmen",
        "segment",
        "segmen peserta",
        "segmen kepesertaan",
        "jenis kepesertaan",
        "jenis peserta",
        "kepesertaan",
        "kelompok peserta",
    ),
    "decile": (
        "desil",
        "decile",
        "desil dtsen",
        "desil kesejahteraan",
        "peringkat desil",
        "kelompok desil",
    ),
}

# The columns each list is read for (any other column is left unread).
ROLES_OF: dict[str, tuple[str, ...]] = {
    "population": ("nik", "nik_hash", "nik_check", "kk", "kk_hash", "desa", "name"),
    "members": (
        "nik",
        "nik_hash",
        "nik_check",
        "kk",
        "kk_hash",
        "desa",
        "name",
        "status",
        "segment",
    ),
    "welfare": ("nik", "nik_hash", "nik_check", "kk", "kk_hash", "desa", "name", "decile"),
    "region_paid": ("nik", "nik_hash", "nik_check", "kk", "kk_hash", "desa", "name", "status"),
}


_LOOKUP = roles_by_header(ALIASES)


@dataclass(frozen=True)
class ListColumns:
    """Where a list's columns are: each role's header as the file writes it."""

    header: tuple[str, ...]
    roles: dict[str, str]  # role -> header
    hashed: bool  # the NIK column is named as holding hashes

    @property
    def nik(self) -> str:
        return self.roles["nik_hash"] if self.hashed else self.roles["nik"]

    def has(self, role: str) -> bool:
        return role in self.roles


def _shown_header(header: Sequence[str]) -> str:
    """A header as a message shows it: the names jkngap knows as they are, any other by
    its place (#2): a list without a header row has a person's name or NIK up there."""
    shown = [
        str(name) if normalise_header(str(name)) in _LOOKUP else f"#{at}"
        for at, name in enumerate(header, start=1)
    ]
    return scrub(", ".join(shown), most=300)


def find_columns(
    header: Sequence[str], list_role: str, given: Mapping[str, str], source: str
) -> ListColumns:
    """Each column a list of ``list_role`` is read for, by the user's ``given`` headers
    (role -> header) first, then by alias. A list must have a NIK column (plain or
    hashed, not both), and the population list a desa code."""
    wanted = ROLES_OF[list_role]

    def not_found(name: str) -> InputError:  # the list's header and the name typed, scrubbed
        return InputError(
            "match.missing_column",
            path=source,
            name=scrub(name),
            header=_shown_header(header),
            columns_option=Field("columns"),
        )

    places = given_columns(header, given, wanted, "match.unknown_role", not_found)
    roles = {role: str(header[index]) for role, index in places.items()}
    taken = set(roles.values())
    for name in header:
        found_role = _LOOKUP.get(normalise_header(str(name)))
        if found_role is None or found_role not in wanted:
            continue
        role = found_role
        if role in given or str(name) in taken:
            continue
        if role in roles:
            raise InputError(
                "match.two_columns",
                path=source,
                role=role,
                first=scrub(roles[role]),
                second=scrub(str(name)),
                columns_option=Field("columns"),
            )
        roles[role] = str(name)
    _refuse_headless(header, source)
    if "nik" in roles and "nik_hash" in roles:
        raise InputError(
            "match.plain_and_hashed_columns",
            path=source,
            first=scrub(roles["nik"]),
            second=scrub(roles["nik_hash"]),
        )
    missing = (
        ("match.no_nik_column", not {"nik", "nik_hash"} & set(roles)),
        ("match.no_desa_column", list_role == "population" and "desa" not in roles),
        ("match.no_decile_column", list_role == "welfare" and "decile" not in roles),
    )
    for key, lacking in missing:
        if lacking:
            raise InputError(
                key, path=source, header=_shown_header(header), columns_option=Field("columns")
            )
    return ListColumns(tuple(str(name) for name in header), roles, "nik_hash" in roles)


def _refuse_headless(header: Sequence[str], source: str) -> None:
    """A first row that holds a NIK or a hash is data, not a header: the list has none."""
    for name in header:
        text = str(name)
        if looks_hashed(text) or check_nik(text).state.value != "invalid":
            raise InputError("match.header_is_data", path=source)
