"""Every word jkngap shows a person, one catalogue per language.

A third language is one more dictionary with the same keys (a test checks that every
catalogue has every key). Parameters are formatted in the language's own number style
through Babel: counts as ``590,393`` or ``590.393``, percentages cut (never rounded up)
to two decimals.
"""

from __future__ import annotations

import os
import re
from decimal import Decimal
from fractions import Fraction
from typing import Any

LANGUAGES = ("en", "id")
DEFAULT_LANGUAGE = "en"
LANG_ENVIRONMENT_VARIABLE = "JKNGAP_LANG"

EN: dict[str, str] = {
    # Reading numbers.
    "number.empty": "no number given",
    "number.unknown_word": (
        "'{text}' ends in '{word}', which is not a scale word "
        "(ribu, juta, miliar, triliun, thousand, million, billion, trillion)"
    ),
    "number.not_a_number": "'{text}' is not a number",
    "number.bad_grouping": (
        "'{text}' has misplaced digit-group separators: write 590393, 590.393 or 590,393"
    ),
    "number.ambiguous": (
        "'{text}' can be read two ways: '{separator}' may group thousands or mark decimals; "
        "write the number without it, or with both marks (1.234,5 juta or 1,234.5 juta)"
    ),
    "number.not_whole": "'{text}' is not a whole number of people",
    "number.not_whole_rupiah": "'{text}' is not a whole number of rupiah",
    "number.negative": "'{text}' is negative",
    "number.fraction_or_percent": (
        "'{text}' may be a share of one or a percentage: write {as_percent} for "
        "{as_percent} %, or {text}% if you mean {text} %"
    ),
    # Values out of range.
    "value.not_exact": (
        "{text} is not exact: pass an int, a Fraction, a Decimal or the text as typed"
    ),
    "value.target_range": "a target must be above 0 % and at most 100 %, not {text}",
    "value.not_count": "{text} is not a whole number",
    "value.population_positive": "the population must be above zero, not {text}",
    "value.count_negative": "a count cannot be negative, and {text} is",
    "value.no_count_fits": "no whole number out of {base} gives this percentage",
    "value.base_unbounded": (
        "no population can be worked out from {count} at this percentage: give --pop"
    ),
    "value.no_base_fits": "no whole population gives {count} at this percentage",
    "criteria.unknown": "no criteria called '{name}': choose {known}",
    "needed.no_base": (
        "give --pop (with --registered or --coverage for the gap), or --registered with --coverage"
    ),
    "active.above_registered": "{active} active is more than the {registered} registered",
    "active.no_active": "give --active or --active-rate",
    "active.needs_base": ("the {base} base needs this figure (activity is a share of it)"),
    "status.no_coverage": "give --pop, --registered or --coverage",
    "option.choice": "'{text}' is not one of {choices}",
    "usage.help_hint": "(see '{command} --help')",
    "option.conflict": "give {first} or {second}, not both",
    # Notes beside results.
    "note.reported_disagrees": (
        "{subject} {reported} does not follow from the counts, which give {computed}; "
        "the counts were used"
    ),
    "note.from_rounded": (
        "{figure} is a published percentage, taken as {rounding} to its decimals: what "
        "follows from it is a range, and each number needed is the high end of its range, "
        "which reaches the target whatever the true value"
    ),
    "note.over_100": (
        "{registered} registered is more than the population of {population} (coverage "
        "above 100 %): common where people register away from where they live"
    ),
    "note.new_members_impossible": (
        "at a 100 % target no number of new members makes up for inactive ones: "
        "reactivation is the only route"
    ),
    "note.reactivation_short": (
        "only {inactive} members are inactive: reactivating them all does not reach the "
        "target, so new members must make up the rest"
    ),
    "note.prioritas_scope": (
        "UHC Prioritas also needs no arrears on the region's own premiums and an application "
        "approved by BPJS: only the two figures are judged here"
    ),
    "error.internal": (
        "internal error ({error}): this is a bug in jkngap, not a problem with your input; "
        "please report it with the command you ran"
    ),
    "warning": "warning",
    "error": "error",
    # plan, cost, check
    "batch.encoding": (
        "line {line} is not valid {encoding}: say which encoding the file is in, for example "
        "--encoding cp1252 or --encoding latin-1"
    ),
    "batch.empty": "the file is empty: expected a header row, then one row per region",
    "batch.unreadable": "line {line} cannot be read: {reason}",
    "batch.bad_json_line": "this line is not JSON: {reason}",
    "batch.not_an_object": "this item is not an object of column names and values",
    "batch.bad_xlsx": "not a readable Excel workbook: {reason}",
    "batch.no_sheet": "no sheet called '{sheet}': the workbook has {known}",
    "batch.unknown_role": "'{role}' is not a column jkngap reads: choose {known}",
    "batch.missing_column": "no column called '{name}' in {source}; its columns: {header}",
    "batch.no_header": (
        "no column of population, registered or active participants in the header ({header}): "
        "name them (penduduk, peserta, aktif, ...) or map them with --column "
        'population="Jml Pddk"'
    ),
    "batch.mixed_style": (
        "'{text}' groups thousands with '{here}', but earlier rows of this column use "
        "'{earlier}': which is meant?"
    ),
    "batch.extra_cells": "the row has {count} more cells than the header",
    "batch.unknown_column": "no output column called '{name}': choose one of {known}",
    "batch.file_missing": "cannot open the file: {reason}",
    "batch.column_syntax": 'write --column ROLE=HEADER, for example population="Jml Pddk"',
    "batch.rows_with_errors": (
        "rows that could not be read: {count}; each says why in its error column"
    ),
    "batch.more_rows": (
        "showing the {shown} rows furthest from the targets of {count}; -f csv, -o FILE.xlsx "
        "or --all-rows for every row"
    ),
    "date.unreadable": "'{text}' is not a date: write 2025-12-31, or 2025-07 for a month's end",
    "value.must_be_positive": "must be a whole number above zero, not {text}",
    "plan.nothing": "give the figures for a gap: --pop with --registered, and/or --active",
    "plan.growth_needs_pop": "population growth needs the population itself (--pop)",
    "cost.gap_needs_registered": ("to price a gap, give --registered (or --coverage) beside --pop"),
    "check.nothing": (
        "nothing to compare: give at least two figures with a count they share, for example "
        "--registered with --pop and --coverage"
    ),
    "note.deadline_passed": "the deadline {deadline} has passed: there is no pace to keep",
    "note.no_working_days": "there is no working day left before the deadline",
    "note.already_met": "the targets are already met: nothing more is needed",
    "note.plan_activity_on_current": (
        "the activity gap is worked out on today's participants; the new registrants will "
        "raise it unless they are active at once"
    ),
    "note.growth": "population projected to {population} at the deadline ({growth} a year)",
    "note.check_needs_count": "some figures were not checked: they need {what} beside them",
    "figure.population": "a population of {value}",
    "figure.registered": "{value} registered",
    "figure.active": "{value} active",
    "figure.coverage": "a coverage of {value}",
    "figure.active_rate": "an activity rate of {value}",
    "figure.registrants_needed": "{value} more to reach {target}",
    "figure.active_needed": "{value} more active members to reach {target}",
    "figure_name.population": "population",
    "figure_name.registered": "registered",
    "figure_name.active": "active",
    "figure_name.coverage": "coverage",
    "figure_name.active_rate": "activity rate",
    "figure_name.registrants_needed": "registrants needed",
    "figure_name.active_needed": "active needed",
    "quantity.population": "a population",
    "quantity.registered": "a registered count",
    "quantity.active": "an active count",
    "bounds.none": "no whole number",
    "bounds.open": "at least {low}",
    "check.agree": "{first} and {second} agree (with {anchor}): both allow {quantity} of {range}",
    "check.disagree": (
        "{first} implies {quantity} of {first_range}, but {second} implies {second_range} "
        "(with {anchor})"
    ),
    "check.count_disagrees": (
        "{second} implies {quantity} of {second_range}, not {first_range} (with {anchor})"
    ),
    "check.active_within": "{active} active is within the {registered} registered",
    "check.active_above": "{active} active is more than the {registered} registered",
    "title.plan": "Pace to {deadline}",
    "title.cost": "Premium budget at {premium} a month",
    "title.check": "Do the published figures agree?",
    "title.milestones": "Monthly milestones (cumulative)",
    "title.findings": "Findings",
    "subject.column": "column '{name}'",
    "batch.row_error": "row {row}: {error}",
    "column.row": "Row",
    "column.region": "Region",
    "column.code": "Code",
    "column.population": "Population",
    "column.registered": "Registered",
    "column.coverage_pct": "Coverage",
    "column.registrants_needed": "To register",
    "column.active": "Active",
    "column.activity_pct": "Activity",
    "column.active_needed": "To activate",
    "column.uhc": "UHC",
    "column.uhc_prioritas": "Prioritas",
    "column.error": "Error",
    "title.batch": "JKN gaps by region (criteria {criteria})",
    "total.all": "Total",
    "money.short": "Rp{amount} {unit}",
    "unit.ribu": "ribu",
    "unit.juta": "juta",
    "unit.miliar": "miliar",
    "unit.triliun": "triliun",
    "label.from": "From",
    "label.by": "Deadline",
    "label.days": "Days (both ends included)",
    "label.working_days": "Working days",
    "label.agents": "Agents",
    "label.growth_pct": "Population growth a year",
    "label.per_month": "Registrations per month",
    "label.per_week": "Registrations per week",
    "label.per_working_day": "Registrations per working day",
    "label.per_agent_per_working_day": "Registrations per agent per working day",
    "label.active_target_pct": "Activity target",
    "label.active_per_month": "Activations per month",
    "label.active_per_week": "Activations per week",
    "label.active_per_working_day": "Activations per working day",
    "label.active_per_agent_per_working_day": "Activations per agent per working day",
    "label.deadline_passed": "Deadline passed",
    "label.people": "People",
    "label.people_range": "People (range)",
    "label.premium": "Premium a month",
    "label.months": "Months",
    "label.budget": "Budget",
    "label.budget_range": "Budget (range)",
    "label.budget_short": "Budget, short form",
    "label.unspent": "Left over",
    "label.consistent": "All figures agree",
    "label.date": "Date",
    "label.registrants": "Registered (new)",
    "label.activations": "Activated",
    "label.figures": "Figures",
    "label.agree": "Agree",
    "label.message": "Why",
    "label.row": "Row",
    "label.region": "Region",
    "label.code": "Code",
    "label.error": "Error",
    "label.total": "Total",
    "label.warning": "Warning",
    "label.check": "Check",
    "label.source": "File",
    # Table titles and labels.
    "title.needed": "Registrants needed for {target} coverage",
    "title.active": "Active members needed for {target} activity ({base} base)",
    "title.status": "UHC status (criteria {criteria})",
    "yes": "yes",
    "no": "no",
    "unknown": "cannot tell",
    "range": "{low} to {high}",
    "base.participants": "participant",
    "base.population": "population",
    "label.criteria": "Criteria",
    "label.uhc": "UHC",
    "label.uhc_prioritas": "UHC Prioritas",
    "label.base": "Activity base",
    "label.population": "Population",
    "label.population_range": "Population",
    "label.registered": "Registered",
    "label.registered_range": "Registered",
    "label.active": "Active",
    "label.active_range": "Active",
    "label.target_pct": "Target",
    "label.coverage_target_pct": "Coverage target",
    "label.activity_target_pct": "Activity target",
    "label.coverage_pct": "Coverage",
    "label.activity_pct": "Activity",
    "label.required_registered": "Registered required",
    "label.required_registered_range": "Registered required",
    "label.registrants_needed": "Registrants needed",
    "label.registrants_needed_range": "Registrants needed (range)",
    "label.surplus": "Surplus",
    "label.required_active": "Active required",
    "label.active_needed": "Active needed by reactivation",
    "label.active_needed_range": "Active needed by reactivation (range)",
    "label.new_members_needed": "Or new members active at once",
    "label.new_members_needed_range": "Or new members active at once (range)",
    "label.inactive": "Inactive members",
    "label.inactive_range": "Inactive members",
    "label.reactivation_sufficient": "Reactivation alone enough",
    "label.met": "Target met",
    "label.coverage_met": "Coverage target met",
    "label.activity_met": "Activity target met",
    "label.exact": "Exact (from counts only)",
    "label.coverage_exact": "Coverage exact",
    "label.activity_exact": "Activity exact",
}

ID: dict[str, str] = {
    "number.empty": "tidak ada angka",
    "number.unknown_word": (
        "'{text}' diakhiri '{word}', yang bukan kata satuan "
        "(ribu, juta, miliar, triliun, thousand, million, billion, trillion)"
    ),
    "number.not_a_number": "'{text}' bukan angka",
    "number.bad_grouping": (
        "'{text}' salah letak pemisah ribuan: tulis 590393, 590.393 atau 590,393"
    ),
    "number.ambiguous": (
        "'{text}' dapat dibaca dua cara: '{separator}' bisa pemisah ribuan atau tanda desimal; "
        "tulis angka tanpa tanda itu, atau dengan keduanya (1.234,5 juta atau 1,234.5 juta)"
    ),
    "number.not_whole": "'{text}' bukan bilangan bulat jiwa",
    "number.not_whole_rupiah": "'{text}' bukan jumlah rupiah yang bulat",
    "number.negative": "'{text}' bernilai negatif",
    "number.fraction_or_percent": (
        "'{text}' bisa berarti pecahan atau persen: tulis {as_percent} untuk {as_percent} %, "
        "atau {text}% bila maksudnya {text} %"
    ),
    "value.not_exact": (
        "{text} tidak eksak: berikan int, Fraction, Decimal atau teks seperti diketik"
    ),
    "value.target_range": "target harus di atas 0 % dan paling tinggi 100 %, bukan {text}",
    "value.not_count": "{text} bukan bilangan bulat",
    "value.population_positive": "jumlah penduduk harus di atas nol, bukan {text}",
    "value.count_negative": "jumlah tidak boleh negatif, sedangkan {text} negatif",
    "value.no_count_fits": "tidak ada bilangan bulat dari {base} yang menghasilkan persentase ini",
    "value.base_unbounded": (
        "jumlah penduduk tidak dapat dihitung dari {count} pada persentase ini: berikan --pop"
    ),
    "value.no_base_fits": (
        "tidak ada jumlah penduduk bulat yang menghasilkan {count} pada persentase ini"
    ),
    "criteria.unknown": "tidak ada kriteria '{name}': pilih {known}",
    "needed.no_base": (
        "berikan --pop (dengan --registered atau --coverage untuk kekurangannya), atau "
        "--registered dengan --coverage"
    ),
    "active.above_registered": "{active} peserta aktif melebihi {registered} peserta terdaftar",
    "active.no_active": "berikan --active atau --active-rate",
    "active.needs_base": ("basis {base} memerlukan angka ini (keaktifan adalah bagian darinya)"),
    "status.no_coverage": "berikan --pop, --registered atau --coverage",
    "option.choice": "'{text}' bukan salah satu dari {choices}",
    "usage.help_hint": "(lihat '{command} --help')",
    "option.conflict": "berikan {first} atau {second}, jangan keduanya",
    "note.reported_disagrees": (
        "{subject} {reported} tidak sesuai dengan jumlah jiwa, yang menghasilkan {computed}; "
        "yang dipakai adalah jumlah jiwa"
    ),
    "note.from_rounded": (
        "{figure} adalah persentase terpublikasi, dianggap {rounding} pada desimalnya: hasil "
        "turunannya berupa rentang, dan setiap kebutuhan adalah batas atas rentangnya, yang "
        "mencapai target berapa pun nilai sebenarnya"
    ),
    "note.over_100": (
        "{registered} peserta terdaftar melebihi {population} penduduk (cakupan di atas "
        "100 %): lazim bila warga terdaftar di luar daerah tempat tinggalnya"
    ),
    "note.new_members_impossible": (
        "pada target 100 % tidak ada jumlah peserta baru yang dapat menggantikan peserta "
        "nonaktif: reaktivasi satu-satunya jalan"
    ),
    "note.reactivation_short": (
        "hanya {inactive} peserta yang nonaktif: mengaktifkan kembali semuanya belum mencapai "
        "target, sisanya harus dari peserta baru"
    ),
    "note.prioritas_scope": (
        "UHC Prioritas juga mensyaratkan tidak ada tunggakan iuran pemda dan pengajuan yang "
        "disetujui BPJS: di sini hanya kedua angka yang dinilai"
    ),
    "error.internal": (
        "galat internal ({error}): ini kesalahan jkngap, bukan masukan Anda; mohon laporkan "
        "beserta perintah yang dijalankan"
    ),
    "warning": "peringatan",
    "error": "galat",
    "batch.encoding": (
        "baris {line} bukan {encoding} yang sah: sebutkan pengodean berkasnya, misalnya "
        "--encoding cp1252 atau --encoding latin-1"
    ),
    "batch.empty": "berkas kosong: seharusnya ada baris judul kolom, lalu satu baris per wilayah",
    "batch.unreadable": "baris {line} tidak dapat dibaca: {reason}",
    "batch.bad_json_line": "baris ini bukan JSON: {reason}",
    "batch.not_an_object": "butir ini bukan objek berisi nama kolom dan nilainya",
    "batch.bad_xlsx": "bukan buku kerja Excel yang dapat dibaca: {reason}",
    "batch.no_sheet": "tidak ada lembar '{sheet}': buku kerja berisi {known}",
    "batch.unknown_role": "'{role}' bukan kolom yang dibaca jkngap: pilih {known}",
    "batch.missing_column": "tidak ada kolom '{name}' di {source}; kolomnya: {header}",
    "batch.no_header": (
        "tidak ada kolom penduduk, peserta terdaftar atau peserta aktif di judul kolom "
        "({header}): beri nama (penduduk, peserta, aktif, ...) atau petakan dengan --column "
        'population="Jml Pddk"'
    ),
    "batch.mixed_style": (
        "'{text}' memakai '{here}' sebagai pemisah ribuan, padahal baris sebelumnya di kolom "
        "ini memakai '{earlier}': mana yang dimaksud?"
    ),
    "batch.extra_cells": "baris ini berisi {count} sel lebih banyak daripada judul kolom",
    "batch.unknown_column": "tidak ada kolom keluaran '{name}': pilih salah satu dari {known}",
    "batch.file_missing": "berkas tidak dapat dibuka: {reason}",
    "batch.column_syntax": 'tulis --column PERAN=JUDUL, misalnya population="Jml Pddk"',
    "batch.rows_with_errors": (
        "baris yang tidak dapat dibaca: {count}; alasannya tertulis di kolom error masing-masing"
    ),
    "batch.more_rows": (
        "menampilkan {shown} dari {count} baris yang paling jauh dari target; -f csv, "
        "-o BERKAS.xlsx atau --all-rows untuk semua baris"
    ),
    "date.unreadable": "'{text}' bukan tanggal: tulis 2025-12-31, atau 2025-07 untuk akhir bulan",
    "value.must_be_positive": "harus bilangan bulat di atas nol, bukan {text}",
    "plan.nothing": (
        "berikan angka untuk kekurangannya: --pop dengan --registered, dan/atau --active"
    ),
    "plan.growth_needs_pop": "pertumbuhan penduduk memerlukan jumlah penduduk (--pop)",
    "cost.gap_needs_registered": (
        "untuk menghitung biaya kekurangan, berikan --registered (atau --coverage) dengan --pop"
    ),
    "check.nothing": (
        "tidak ada yang dapat dibandingkan: berikan paling sedikit dua angka dengan satu "
        "jumlah yang sama, misalnya --registered dengan --pop dan --coverage"
    ),
    "note.deadline_passed": "tenggat {deadline} sudah lewat: tidak ada laju yang dapat dihitung",
    "note.no_working_days": "tidak ada hari kerja tersisa sebelum tenggat",
    "note.already_met": "target sudah tercapai: tidak ada lagi yang diperlukan",
    "note.plan_activity_on_current": (
        "kekurangan peserta aktif dihitung dari peserta saat ini; peserta baru akan "
        "menambahnya kecuali langsung aktif"
    ),
    "note.growth": "penduduk diproyeksikan {population} pada tenggat ({growth} per tahun)",
    "note.check_needs_count": "sebagian angka tidak diperiksa: perlu {what} di sampingnya",
    "figure.population": "penduduk {value} jiwa",
    "figure.registered": "{value} peserta terdaftar",
    "figure.active": "{value} peserta aktif",
    "figure.coverage": "cakupan {value}",
    "figure.active_rate": "tingkat keaktifan {value}",
    "figure.registrants_needed": "kekurangan {value} peserta untuk mencapai {target}",
    "figure.active_needed": "kekurangan {value} peserta aktif untuk mencapai {target}",
    "figure_name.population": "penduduk",
    "figure_name.registered": "peserta terdaftar",
    "figure_name.active": "peserta aktif",
    "figure_name.coverage": "cakupan",
    "figure_name.active_rate": "tingkat keaktifan",
    "figure_name.registrants_needed": "kebutuhan peserta baru",
    "figure_name.active_needed": "kebutuhan peserta aktif",
    "quantity.population": "jumlah penduduk",
    "quantity.registered": "jumlah peserta terdaftar",
    "quantity.active": "jumlah peserta aktif",
    "bounds.none": "tidak ada bilangan bulat",
    "bounds.open": "paling sedikit {low}",
    "check.agree": (
        "{first} dan {second} sesuai (dengan {anchor}): keduanya memungkinkan {quantity} {range}"
    ),
    "check.disagree": (
        "{first} berarti {quantity} {first_range}, tetapi {second} berarti {second_range} "
        "(dengan {anchor})"
    ),
    "check.count_disagrees": (
        "{second} berarti {quantity} {second_range}, bukan {first_range} (dengan {anchor})"
    ),
    "check.active_within": "{active} peserta aktif tidak melebihi {registered} peserta terdaftar",
    "check.active_above": "{active} peserta aktif melebihi {registered} peserta terdaftar",
    "title.plan": "Laju menuju {deadline}",
    "title.cost": "Anggaran iuran {premium} per bulan",
    "title.check": "Apakah angka yang dipublikasikan saling sesuai?",
    "title.milestones": "Capaian bulanan (kumulatif)",
    "title.findings": "Temuan",
    "subject.column": "kolom '{name}'",
    "batch.row_error": "baris {row}: {error}",
    "column.row": "Baris",
    "column.region": "Wilayah",
    "column.code": "Kode",
    "column.population": "Penduduk",
    "column.registered": "Terdaftar",
    "column.coverage_pct": "Cakupan",
    "column.registrants_needed": "Perlu daftar",
    "column.active": "Aktif",
    "column.activity_pct": "Keaktifan",
    "column.active_needed": "Perlu aktif",
    "column.uhc": "UHC",
    "column.uhc_prioritas": "Prioritas",
    "column.error": "Galat",
    "title.batch": "Kekurangan JKN per wilayah (kriteria {criteria})",
    "total.all": "Jumlah",
    "money.short": "Rp{amount} {unit}",
    "unit.ribu": "ribu",
    "unit.juta": "juta",
    "unit.miliar": "miliar",
    "unit.triliun": "triliun",
    "label.from": "Mulai",
    "label.by": "Tenggat",
    "label.days": "Jumlah hari (termasuk kedua ujung)",
    "label.working_days": "Hari kerja",
    "label.agents": "Jumlah agen",
    "label.growth_pct": "Pertumbuhan penduduk per tahun",
    "label.per_month": "Pendaftaran per bulan",
    "label.per_week": "Pendaftaran per minggu",
    "label.per_working_day": "Pendaftaran per hari kerja",
    "label.per_agent_per_working_day": "Pendaftaran per agen per hari kerja",
    "label.active_target_pct": "Target keaktifan",
    "label.active_per_month": "Aktivasi per bulan",
    "label.active_per_week": "Aktivasi per minggu",
    "label.active_per_working_day": "Aktivasi per hari kerja",
    "label.active_per_agent_per_working_day": "Aktivasi per agen per hari kerja",
    "label.deadline_passed": "Tenggat sudah lewat",
    "label.people": "Jumlah jiwa",
    "label.people_range": "Jumlah jiwa (rentang)",
    "label.premium": "Iuran per bulan",
    "label.months": "Jumlah bulan",
    "label.budget": "Anggaran",
    "label.budget_range": "Anggaran (rentang)",
    "label.budget_short": "Anggaran, ringkas",
    "label.unspent": "Sisa",
    "label.consistent": "Semua angka sesuai",
    "label.date": "Tanggal",
    "label.registrants": "Peserta baru",
    "label.activations": "Aktivasi",
    "label.figures": "Angka",
    "label.agree": "Sesuai",
    "label.message": "Penjelasan",
    "label.row": "Baris",
    "label.region": "Wilayah",
    "label.code": "Kode",
    "label.error": "Galat",
    "label.total": "Jumlah",
    "label.warning": "Peringatan",
    "label.check": "Pemeriksaan",
    "label.source": "Berkas",
    "title.needed": "Kebutuhan peserta baru untuk cakupan {target}",
    "title.active": "Kebutuhan peserta aktif untuk keaktifan {target} (basis {base})",
    "title.status": "Status UHC (kriteria {criteria})",
    "yes": "ya",
    "no": "tidak",
    "unknown": "belum dapat dipastikan",
    "range": "{low} s.d. {high}",
    "base.participants": "peserta",
    "base.population": "penduduk",
    "label.criteria": "Kriteria",
    "label.uhc": "UHC",
    "label.uhc_prioritas": "UHC Prioritas",
    "label.base": "Basis keaktifan",
    "label.population": "Penduduk",
    "label.population_range": "Penduduk",
    "label.registered": "Peserta terdaftar",
    "label.registered_range": "Peserta terdaftar",
    "label.active": "Peserta aktif",
    "label.active_range": "Peserta aktif",
    "label.target_pct": "Target",
    "label.coverage_target_pct": "Target cakupan",
    "label.activity_target_pct": "Target keaktifan",
    "label.coverage_pct": "Cakupan kepesertaan",
    "label.activity_pct": "Tingkat keaktifan",
    "label.required_registered": "Peserta terdaftar yang diperlukan",
    "label.required_registered_range": "Peserta terdaftar yang diperlukan",
    "label.registrants_needed": "Kebutuhan peserta baru",
    "label.registrants_needed_range": "Kebutuhan peserta baru (rentang)",
    "label.surplus": "Kelebihan",
    "label.required_active": "Peserta aktif yang diperlukan",
    "label.active_needed": "Kebutuhan reaktivasi",
    "label.active_needed_range": "Kebutuhan reaktivasi (rentang)",
    "label.new_members_needed": "Atau peserta baru yang langsung aktif",
    "label.new_members_needed_range": "Atau peserta baru yang langsung aktif (rentang)",
    "label.inactive": "Peserta nonaktif",
    "label.inactive_range": "Peserta nonaktif",
    "label.reactivation_sufficient": "Reaktivasi saja cukup",
    "label.met": "Target tercapai",
    "label.coverage_met": "Target cakupan tercapai",
    "label.activity_met": "Target keaktifan tercapai",
    "label.exact": "Eksak (hanya dari jumlah jiwa)",
    "label.coverage_exact": "Cakupan eksak",
    "label.activity_exact": "Keaktifan eksak",
}

CATALOGUES: dict[str, dict[str, str]] = {"en": EN, "id": ID}

ROUNDING_WORDS = {
    "en": {"rounded": "rounded", "cut": "cut", "either": "rounded or cut"},
    "id": {"rounded": "dibulatkan", "cut": "dipotong", "either": "dibulatkan atau dipotong"},
}


# The option parser's (Typer's) usage errors are English; these say them in Indonesian.
USAGE_ERRORS: dict[str, list[tuple[re.Pattern[str], str]]] = {
    "id": [
        (re.compile(r"Missing option '(.+?)'\.?"), "opsi {0} wajib diisi"),
        (re.compile(r"Missing argument '(.+?)'\.?"), "argumen {0} wajib diisi"),
        (re.compile(r"No such option: (\S+).*"), "tidak ada opsi {0}"),
        (re.compile(r"No such command '(.+?)'\.?"), "tidak ada perintah '{0}'"),
        (re.compile(r"Option '(.+?)' requires an argument\.?"), "opsi {0} memerlukan nilai"),
        (
            re.compile(r"Got unexpected extra arguments? ?\(?s?\)? ?\((.*)\)"),
            "ada argumen yang tidak dikenal ({0})",
        ),
        (
            re.compile(r"Invalid value for (.+?): (?:Value error, )?(.*)", re.S),
            "nilai tidak sah untuk {0}: {1}",
        ),
    ],
}


USAGE_PHRASES: dict[str, dict[str, str]] = {
    "id": {" is not one of ": " bukan salah satu dari ", " is not a valid ": " bukan "},
}


def usage_message(text: str, lang: str) -> str:
    """A usage error of the option parser in ``lang`` (as it came where none is known)."""
    cleaned = " ".join(text.replace("Value error, ", "").split())
    for pattern, template in USAGE_ERRORS.get(lang, []):
        match = pattern.fullmatch(cleaned)
        if match:
            cleaned = template.format(*match.groups())
            break
    for phrase, translated in USAGE_PHRASES.get(lang, {}).items():
        cleaned = cleaned.replace(phrase, translated)
    return cleaned


def language(requested: str | None = None) -> str:
    """The language to speak: the one asked for, else ``$JKNGAP_LANG``, else English."""
    for candidate in (requested, os.environ.get(LANG_ENVIRONMENT_VARIABLE)):
        if candidate:
            code = candidate.strip().lower().split("_")[0].split("-")[0].split(".")[0]
            if code in CATALOGUES:
                return code
    return DEFAULT_LANGUAGE


def format_count(value: int, lang: str) -> str:
    """A count in the language's style: 590,393 in English, 590.393 in Indonesian."""
    from babel.numbers import format_decimal

    return str(format_decimal(value, locale=lang))


def format_percent(value: Fraction, lang: str, decimals: int = 2) -> str:
    """A percentage cut toward zero to ``decimals`` decimals: 98,50 % or 98.50 %."""
    from babel.numbers import format_decimal

    from jkngap.numbers import decimal_text

    pattern = "#,##0." + "0" * decimals if decimals else "#,##0"
    text = format_decimal(Decimal(decimal_text(value, decimals)), format=pattern, locale=lang)
    return f"{text} %"


def format_value(value: Any, lang: str) -> str:
    """Any message parameter in the language's style."""
    from jkngap.check import Bounds
    from jkngap.gaps import Note, Span
    from jkngap.numbers import Reported

    if value is None:
        return translate("bounds.none", lang)
    if isinstance(value, Note):
        return translate(value.key, lang, **value.params)
    if isinstance(value, Bounds):
        if value.high is None:
            return translate("bounds.open", lang, low=value.low)
        value = Span(value.low, value.high)
    if isinstance(value, bool):
        return translate("yes" if value else "no", lang)
    if isinstance(value, int):
        return format_count(value, lang)
    if isinstance(value, Fraction):
        return format_percent(value, lang)
    if isinstance(value, Reported):
        return format_percent(value.percent, lang, value.decimals)
    if isinstance(value, Span):
        if value.exact:
            return format_count(value.low, lang)
        low, high = format_count(value.low, lang), format_count(value.high, lang)
        return translate("range", lang, low=low, high=high)
    return str(value)


def translate(key: str, lang: str = DEFAULT_LANGUAGE, /, **params: Any) -> str:
    """The message ``key`` in ``lang`` (English where a catalogue lacks it), filled in."""
    template = CATALOGUES.get(lang, EN).get(key) or EN.get(key, key)
    if key in ("range", "money.short"):
        return template.format(**params)
    if "rounding" in params:
        params["rounding"] = ROUNDING_WORDS.get(lang, ROUNDING_WORDS["en"]).get(
            params["rounding"], params["rounding"]
        )
    filled = {name: format_value(value, lang) for name, value in params.items()}
    return template.format(**filled)
