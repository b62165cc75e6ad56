"""Workbooks written part by part, as Excel saves them: number formats on cells, formulas
with their cached results, shared or inline strings, rows numbered as the test says. The
tests of workbooks officials make, and of hostile ones, build theirs here."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

__all__ = [
    "FORMATS",
    "KALBAR",
    "Cell",
    "damaged",
    "official_workbook",
    "rewritten",
    "write_workbook",
]

# The number formats a cell may carry, by the style index that points at them: Excel's
# own built-in formats (0.00 %, 0 %, 0.00, a date) and two of an official's own.
FORMATS = {
    "General": 0,
    "0.00%": 1,
    "0%": 2,
    "0.0%": 3,
    "0.00": 4,
    "d-mmm-yy": 5,
    "#,##0": 6,
    "0.000%": 7,
}
_XF = [(0, None), (10, None), (9, None), (164, "0.0%"), (2, None), (15, None), (3, None)]
_XF.append((165, "0.000%"))
_APPLY = ' applyNumberFormat="1"'


@dataclass(frozen=True)
class Cell:
    """A cell as Excel stores it: a value (number, text, truth), a formula whose cached
    result is the value, a number format; ``kind`` forces the cell's type attribute."""

    value: object = None
    formula: str | None = None
    format: str = "General"
    kind: str | None = None  # t="..." as written, for cells a test makes odd on purpose


def _column(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _cell_xml(ref: str, cell: Cell) -> str:
    style = FORMATS[cell.format]
    attributes = f' r="{ref}"' + (f' s="{style}"' if style else "")
    formula = f"<f>{escape(cell.formula)}</f>" if cell.formula else ""
    value = cell.value
    if cell.kind is not None:
        return f'<c{attributes} t="{cell.kind}">{formula}<v>{escape(str(value))}</v></c>'
    if value is None:
        return f"<c{attributes}>{formula}</c>" if formula else ""
    if isinstance(value, bool):
        return f'<c{attributes} t="b">{formula}<v>{int(value)}</v></c>'
    if isinstance(value, int | float):
        return f"<c{attributes}>{formula}<v>{value!r}</v></c>"
    text = escape(str(value))
    if formula:
        return f'<c{attributes} t="str">{formula}<v>{text}</v></c>'
    return f'<c{attributes} t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'


def write_workbook(
    path: Path,
    rows: Sequence[tuple[int, Sequence[object]]],
    *,
    shared: Sequence[str] = (),
    sheet_extra: str = "",
) -> Path:
    """A one-sheet workbook whose rows are (row number as written, cells); a cell is a
    :class:`Cell` or a plain value (General format). ``shared`` fills the shared strings."""
    body = []
    for number, cells in rows:
        xml = "".join(
            _cell_xml(f"{_column(i)}{number}", c if isinstance(c, Cell) else Cell(c))
            for i, c in enumerate(cells)
        )
        body.append(f'<row r="{number}">{xml}</row>')
    sheet = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<sheetData>{''.join(body)}</sheetData>{sheet_extra}</worksheet>"
    )
    custom = [(number, code) for number, code in _XF if code]
    styles = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<numFmts count="{len(custom)}">'
        + "".join(f'<numFmt numFmtId="{n}" formatCode="{escape(c)}"/>' for n, c in custom)
        + '</numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
        "</cellStyleXfs>"
        f'<cellXfs count="{len(_XF)}">'
        + "".join(
            f'<xf numFmtId="{n}" fontId="0" fillId="0" borderId="0" xfId="0"{_APPLY if n else ""}/>'
            for n, _ in _XF
        )
        + '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/>'
        "</cellStyles></styleSheet>"
    )
    strings = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        + "".join(f"<si><t>{escape(s)}</t></si>" for s in shared)
        + "</sst>"
    )
    main = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{main}.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" '
            f'ContentType="{main}.worksheet+xml"/>'
            f'<Override PartName="/xl/styles.xml" ContentType="{main}.styles+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" '
            f'ContentType="{main}.sharedStrings+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="Kalbar" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(
                f'<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/'
                f'officeDocument/2006/relationships/{kind}" Target="{target}"/>'
                for n, kind, target in (
                    (1, "worksheet", "worksheets/sheet1.xml"),
                    (2, "styles", "styles.xml"),
                    (3, "sharedStrings", "sharedStrings.xml"),
                )
            )
            + "</Relationships>"
        ),
        "xl/styles.xml": styles,
        "xl/sharedStrings.xml": strings,
        "xl/worksheets/sheet1.xml": sheet,
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


# The 14 kabupaten/kota of Kalimantan Barat (code 61) as the register has them, with
# Dukcapil's December 2024 populations, and illustrative registered and active counts.
KALBAR: list[tuple[str, str, int, int, int]] = [
    ("61.01", "Kabupaten Sambas", 651246, 547715, 350538),
    ("61.02", "Kabupaten Mempawah", 314148, 310096, 217067),
    ("61.03", "Kabupaten Sanggau", 499074, 431936, 285078),
    ("61.04", "Kabupaten Ketapang", 583541, 574905, 390935),
    ("61.05", "Kabupaten Sintang", 457204, 449249, 303243),
    ("61.06", "Kabupaten Kapuas Hulu", 276988, 237017, 149321),
    ("61.07", "Kabupaten Bengkayang", 295966, 291971, 202920),
    ("61.08", "Kabupaten Landak", 415033, 408310, 271526),
    ("61.09", "Kabupaten Sekadau", 225494, 191852, 118948),
    ("61.10", "Kabupaten Melawi", 217600, 215011, 139757),
    ("61.11", "Kabupaten Kayong Utara", 126898, 125782, 89934),
    ("61.12", "Kabupaten Kubu Raya", 646091, 530743, 355598),
    ("61.71", "Kota Pontianak", 687031, 680367, 504832),
    ("61.72", "Kota Singkawang", 249954, 246130, 182382),
]


def official_workbook(path: Path) -> Path:
    """Kalimantan Barat as an official's workbook has it: two title rows and a blank one,
    a numbered header, percent cells holding the exact quotient formatted 0.00 % (some as
    formulas =E5/D5 with their cached results, some typed as values), a JUMLAH row of
    =SUM formulas, and Sumber:, Keterangan: and *) notes in column A."""
    header = ["No", "Kabupaten/Kota", "Kode", "Jumlah Penduduk", "Peserta Terdaftar"]
    header += ["Peserta Aktif", "Cakupan (%)", "Keaktifan (%)"]
    rows: list[tuple[int, Sequence[object]]] = [
        (1, ["REKAPITULASI KEPESERTAAN JKN PROVINSI KALIMANTAN BARAT"]),
        (2, ["Posisi: 1 Juli 2025"]),
        (4, header),
    ]
    for n, (code, name, population, registered, active) in enumerate(KALBAR):
        line = 5 + n
        typed = n % 3 == 2  # every third row typed over as values, as people do
        coverage = registered / population
        activity = active / registered
        rows.append(
            (
                line,
                [
                    n + 1,
                    name,
                    code,
                    Cell(population, format="#,##0"),
                    Cell(registered, format="#,##0"),
                    Cell(active, format="#,##0"),
                    Cell(coverage, None if typed else f"E{line}/D{line}", "0.00%"),
                    Cell(activity, None if typed else f"F{line}/E{line}", "0.00%"),
                ],
            )
        )
    last = 4 + len(KALBAR)
    sums = [sum(int(region[i]) for region in KALBAR) for i in (2, 3, 4)]
    total = last + 1
    rows.append(
        (
            total,
            [
                None,
                "JUMLAH",
                None,
                *(
                    Cell(value, f"SUM({c}5:{c}{last})", "#,##0")
                    for c, value in zip("DEF", sums, strict=True)
                ),
                Cell(sums[1] / sums[0], f"E{total}/D{total}", "0.00%"),
                Cell(sums[2] / sums[1], f"F{total}/E{total}", "0.00%"),
            ],
        )
    )
    rows.append((total + 2, ["Sumber: BPJS Kesehatan Cabang Pontianak dan Dukcapil"]))
    rows.append((total + 3, ["Keterangan: data sementara, belum diverifikasi"]))
    rows.append((total + 4, ["*) penduduk DKB Semester II 2024"]))
    return write_workbook(path, rows)


# Workbooks broken as copies and transfers break them, and as hostile ones are made.


def rewritten(source: Path, path: Path, change: Callable[[str, bytes], bytes | None]) -> Path:
    """``source``'s parts each changed by ``change`` (None: left out), written to ``path``."""
    with zipfile.ZipFile(source) as archive, zipfile.ZipFile(path, "w") as target:
        for part in archive.infolist():
            data = change(part.filename, archive.read(part.filename))
            if data is not None:
                target.writestr(part, data)
    return path


def damaged(source: Path, path: Path) -> Path:
    """``source`` with bytes of its first sheet's compressed data changed."""
    data = bytearray(source.read_bytes())
    with zipfile.ZipFile(source) as archive:
        part = next(p for p in archive.infolist() if p.filename.startswith("xl/worksheets/"))
    start = part.header_offset + 30 + len(part.filename) + len(part.extra)
    for at in range(start + 5, start + 25):
        data[at] ^= 0xFF
    path.write_bytes(bytes(data))
    return path
