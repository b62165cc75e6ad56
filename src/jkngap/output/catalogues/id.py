"""Bahasa Indonesia: setiap kata yang ditampilkan jkngap."""

from jkngap.output.catalogues import Language

# The option parser's (Typer's) usage errors are English: (pattern, template) pairs that
# say them in Indonesian, the pattern's groups filling the template's {0}, {1}.
USAGE_ERRORS: list[tuple[str, str]] = [
    (r"Missing option '(.+?)'\.?", "opsi {0} wajib diisi"),
    (r"Missing argument '(.+?)'\.?", "argumen {0} wajib diisi"),
    (r"No such option: (\S+).*", "tidak ada opsi {0}"),
    (r"No such command '(.+?)'\.?", "tidak ada perintah '{0}'"),
    (r"Option '(.+?)' requires an argument\.?", "opsi {0} memerlukan nilai"),
    (
        r"Got unexpected extra arguments? ?\(?s?\)? ?\((.*)\)",
        "ada argumen yang tidak dikenal ({0})",
    ),
    (r"Invalid value for (.+?): (?:Value error, )?(.*)", "nilai tidak sah untuk {0}: {1}"),
]
# Phrases left inside those messages.
USAGE_PHRASES: dict[str, str] = {
    " is not one of ": " bukan salah satu dari ",
    " is not a valid ": " bukan ",
}

MESSAGES: dict[str, str] = {
    "number.empty": "tidak ada angka",
    "number.unknown_word": (
        "'{text}' diakhiri '{word}', yang bukan kata yang dibaca jkngap sesudah angka ({words})"
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
        "jumlah penduduk tidak dapat dihitung dari {count} pada persentase ini: "
        "berikan {population}"
    ),
    "value.no_base_fits": (
        "tidak ada jumlah penduduk bulat yang menghasilkan {count} pada persentase ini"
    ),
    "criteria.unknown": "tidak ada kriteria '{name}': pilih {known}",
    "needed.no_base": (
        "berikan {population} (dengan {registered} atau {coverage} untuk kekurangannya), "
        "atau {registered} dengan {coverage}"
    ),
    "active.above_registered": "{active} peserta aktif melebihi {registered} peserta terdaftar",
    "active.no_active": "berikan {active} atau {active_rate}",
    "active.needs_base": ("basis {base} memerlukan angka ini (keaktifan adalah bagian darinya)"),
    "status.no_coverage": "berikan {population}, {registered} atau {coverage}",
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
    "note.active_none_registered": "peserta aktif dianggap 0: belum ada peserta terdaftar",
    "note.prioritas_needs_activity": (
        "UHC Prioritas memerlukan angka keaktifan ({active} atau {active_rate}): hanya UHC "
        "yang dinilai"
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
    "lang.unknown_environment": (
        "$JKNGAP_LANG berisi '{text}', bahasa yang tidak dikenal jkngap: dipakai bahasa Inggris"
    ),
    "batch.encoding": (
        "baris {line} bukan {encoding} yang sah: sebutkan pengodean berkasnya, misalnya "
        "{encoding_option} cp1252 atau {encoding_option} latin-1"
    ),
    "batch.looks_utf16": (
        "berkas tampaknya UTF-16 (setiap bita kedua nol) tanpa tanda urutan bita, dan dibaca "
        "sebagai {encoding}: berikan {encoding_option} utf-16"
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
        "({header}): beri nama (penduduk, peserta, aktif, ...) atau petakan dengan {column_option} "
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
    "number.too_long": (
        "'{text}' terlalu panjang untuk sebuah angka (paling banyak {most} karakter)"
    ),
    "note.code_as_number": "kode {code} tersimpan sebagai angka: digitnya mungkin hilang",
    "note.row_over_100": "peserta terdaftar melebihi jumlah penduduk (cakupan di atas 100 %)",
    "note.total_coverage_from": (
        "cakupan dari {used} di antara {rows} wilayah yang memiliki jumlah penduduk dan peserta"
    ),
    "note.total_activity_from": (
        "keaktifan dari {used} di antara {rows} wilayah yang memiliki peserta aktif dan "
        "basisnya ({base})"
    ),
    "note.total_unreadable": "baris yang tidak masuk jumlah karena tidak dapat dibaca: {errors}",
    "output.unwritable": "berkas tidak dapat ditulis: {reason}",
    "output.stdout_incomplete": (
        "keluaran standar hanya memuat baris yang terbaca sebelum galat di bawah ini: itu "
        "bukan jawaban lengkap"
    ),
    "output.stdout_unwritable": "tidak dapat menulis ke keluaran standar: {reason}",
    "output.cannot_encode": (
        "keluaran standar memakai {encoding}, yang tidak dapat memuat '{text}': atur "
        "PYTHONIOENCODING=utf-8, atau tulis ke berkas dengan -o"
    ),
    "output.too_many_columns": (
        "{count} kolom melebihi {most} kolom yang dapat dimuat satu lembar Excel: tulis CSV"
    ),
    "output.is_input": "berkas ini salah satu masukan: menulisnya akan merusak masukan",
    "batch.unknown_encoding": (
        "'{text}' bukan pengodean teks yang dikenal Python: coba utf-8, cp1252 atau latin-1"
    ),
    "batch.bad_delimiter": (
        "'{text}' tidak dapat memisahkan kolom: berikan satu karakter seperti , ; | atau tab"
    ),
    "batch.no_stdin": "masukan standar tertutup: berikan nama berkas, atau alirkan berkasnya",
    "date.out_of_range": (
        "'{text}' terlalu jauh dari {start}: sebuah rencana paling lama {years} tahun"
    ),
    "batch.no_header_row": (
        "baris {line} berkas ini kosong atau tidak ada: tidak dapat menjadi judul kolom"
    ),
    "note.title_row": "bukan wilayah: baris di atas judul kolom ({text})",
    "note.numbered_row": "bukan wilayah: nomor kolom di bawah judul kolom ({text})",
    "note.total_row": (
        "bukan wilayah: jumlah atau subjumlah dari berkas itu sendiri, tidak ikut dijumlahkan"
    ),
    "note.text_row": "bukan wilayah: catatan dalam berkas ({text})",
    "note.total_differs": (
        "jumlah dalam berkas berbeda dengan jumlah {rows} wilayah di atasnya: {figure} "
        "{published} dibanding {summed}"
    ),
    "note.duplicate_code": "kode {code} juga ada di baris {first}: wilayah yang sama dua kali?",
    "batch.skipped_rows": "baris yang bukan wilayah, tidak ikut dijumlahkan: {rows}",
    "batch.blank_lines": "baris kosong yang dilewati: {lines}",
    "batch.same_file_twice": "{name} diberikan dua kali: wilayahnya akan terhitung dua kali",
    "batch.xlsx_too_large": "buku kerja lebih besar dari {most} bita: simpan lembarnya sebagai CSV",
    "batch.xlsx_bomb": (
        "buku kerja ini membesar lebih dari {most} bita saat dibuka: bukan tabel buatan petugas"
    ),
    "batch.xlsx_rows": "lembar ini berisi lebih dari {most} baris, melebihi batas Excel",
    "batch.xlsx_cell": (
        "sebuah sel di baris {line} lebih panjang dari {most} karakter yang diizinkan Excel"
    ),
    "batch.not_a_worksheet": "'{sheet}' adalah diagram, bukan lembar angka",
    "batch.no_visible_sheet": "buku kerja ini tidak memiliki lembar angka yang terlihat",
    "batch.hidden_sheet": (
        "{name}: lembar pertama, '{hidden}', tersembunyi: dibaca '{sheet}', lembar "
        "terlihat yang pertama"
    ),
    "number.unsaved_formula": (
        "'{text}' adalah rumus yang hasilnya belum pernah disimpan: buka berkasnya di "
        "Excel lalu simpan"
    ),
    "batch.json_too_large": (
        "larik JSON dibaca utuh, dan yang ini lebih dari {most} bita: tulis sebagai JSON lines"
    ),
    "batch.json_nested": "berisi daftar atau objek, bukan sebuah nilai",
    "batch.json_duplicate_key": (
        "kunci '{key}' muncul dua kali dalam satu objek: mana yang dimaksud?"
    ),
    "batch.json_too_deep": (
        "JSON ini bersarang lebih dalam daripada yang mungkin untuk tabel wilayah"
    ),
    "batch.line_too_long": "baris {line} lebih panjang dari {most} karakter: bukan tabel wilayah",
    "batch.lone_cr": (
        "baris {line} diakhiri carriage return (CR) tunggal, padahal baris lain di "
        "berkas ini diakhiri line feed: satu baris terpotong dua di situ (ada CR tertinggal "
        "di dalam sel), dan kedua potongannya tidak dihitung; hapus CR itu, atau apit selnya "
        "dengan tanda kutip"
    ),
    "batch.other_delimiter": (
        "baris ini dipisah dengan '{found}', sedangkan berkasnya dengan '{expected}'"
    ),
    "batch.two_columns": (
        "'{first}' dan '{second}' sama-sama berisi angka {role}: pakai salah satu, atau "
        "pilih dengan {columns_option} {role}=..."
    ),
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
        "berikan angka untuk kekurangannya: {population} dengan {registered}, dan/atau {active}"
    ),
    "plan.growth_needs_pop": "pertumbuhan penduduk memerlukan jumlah penduduk ({population})",
    "cost.gap_needs_registered": (
        "untuk menghitung biaya kekurangan, berikan {registered} (atau {coverage}) dengan "
        "{population}"
    ),
    "check.nothing": (
        "tidak ada yang dapat dibandingkan: berikan paling sedikit dua angka dengan satu "
        "jumlah yang sama, misalnya {registered} dengan {population} dan {coverage}"
    ),
    "note.deadline_passed": "tenggat {deadline} sudah lewat: tidak ada laju yang dapat dihitung",
    "note.no_working_days": "tidak ada hari kerja tersisa sebelum tenggat",
    "note.already_met": "target sudah tercapai: tidak ada lagi yang diperlukan",
    "note.plan_activity_on_current": (
        "kekurangan peserta aktif dihitung dari peserta saat ini; peserta baru akan "
        "menambahnya kecuali langsung aktif"
    ),
    "note.growth": "penduduk diproyeksikan {population} pada tenggat ({growth} per tahun)",
    "note.check_needs_count": (
        "sebagian angka tidak diperiksa: perlu {part} atau {whole} di sampingnya"
    ),
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
    "check.together": (
        "semua angka dapat berlaku sekaligus: ada jumlah bulat yang memenuhi semuanya bersama-sama"
    ),
    "check.not_together": (
        "angka-angka ini tidak dapat berlaku sekaligus: tidak ada jumlah penduduk, peserta "
        "terdaftar dan peserta aktif yang memenuhi semua angka bersama-sama"
    ),
    "check.not_together_other_base": (
        "angka-angka ini tidak dapat berlaku sekaligus pada basis keaktifan ini; semuanya "
        "sesuai bila keaktifan dihitung terhadap {base}"
    ),
    "quantity.counts": "jumlah-jumlahnya",
    "check.active_within": "{active} tidak melebihi {registered}",
    "check.active_above": "{active} melebihi {registered}",
    "check.inactive_within": "{inactive} nonaktif tidak melebihi {registered}",
    "figure.derived": "{figure} ({how})",
    "derived.registered_less_inactive": (
        "{registered} peserta terdaftar dikurangi {inactive} nonaktif"
    ),
    "derived.active_plus_inactive": "{active} peserta aktif ditambah {inactive} nonaktif",
    "derived.from_segments": "jumlah kelima segmen",
    "title.plan": "Laju menuju {deadline}",
    "title.cost": "Anggaran iuran {premium} per bulan",
    "title.check": "Apakah angka yang dipublikasikan saling sesuai?",
    "title.milestones": "Capaian bulanan (kumulatif)",
    "title.findings": "Temuan",
    "subject.column": "kolom '{name}'",
    "batch.row_error": "baris {line}: {error}",
    "batch.row_warning": "baris {line}: {note}",
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
    "total.sum_of_regions": "Jumlah per wilayah",
    "total.sum_of_regions_note": (
        "Jumlah per wilayah: kekurangan masing-masing wilayah dijumlahkan, yang diperlukan "
        "agar setiap wilayah mencapai target (baris Jumlah adalah kekurangan dari jumlah "
        "seluruh angka)"
    ),
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
    "unknown.no_coverage_pct": "belum dapat dipastikan: tidak ada angka cakupan",
    "unknown.no_activity_pct": "belum dapat dipastikan: tidak ada angka keaktifan",
    "unknown.either": "belum dapat dipastikan: angkanya memungkinkan keduanya",
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
    "rounding.rounded": "dibulatkan",
    "rounding.cut": "dipotong",
    "rounding.either": "dibulatkan atau dipotong",
    # Register wilayah.
    "region.register_unavailable": (
        "register wilayah bawaan jkngap tidak dapat dibuka: {reason}; pasang ulang jkngap"
    ),
    "region.unknown": "tidak ada wilayah dalam register yang cocok dengan '{text}'",
    "region.ambiguous": (
        "'{text}' cocok dengan {count} wilayah: {matches}; berikan kodenya atau nama "
        "lengkapnya (Kabupaten ..., Kota ...)"
    ),
    "region.no_population": (
        "register hanya memuat jumlah penduduk provinsi dan kabupaten/kota, bukan "
        "{name} ({code}): berikan {population}"
    ),
    "note.population_from_register": "penduduk {name} ({code}): {population}, {source}",
    "note.population_not_register": (
        "jumlah penduduk yang diberikan berbeda dari register untuk {name} ({code}): "
        "{population} ({source})"
    ),
    "note.population_source": "jumlah penduduk: {source} (hanya provinsi dan kabupaten/kota)",
    "note.children_of": "wilayah di bawah {name} ({code})",
    "title.region": "Wilayah dalam register Kepmendagri",
    "title.regions": "Wilayah",
    "label.region_code": "Kode wilayah",
    "label.region_name": "Wilayah",
    "label.population_source": "Sumber jumlah penduduk",
    "label.name": "Nama",
    "label.level": "Tingkat",
    "label.parents": "Di dalam",
    "source.given": "dimasukkan pengguna",
    "level.provinsi": "provinsi",
    "level.kabupaten": "kabupaten",
    "level.kota": "kota",
    "level.kecamatan": "kecamatan",
    "level.kelurahan": "kelurahan",
    "level.desa": "desa",
    "note.name_not_register": "menurut register, {code} adalah {name}",
    "note.code_not_in_register": "kode tidak ada dalam register Kepmendagri",
    "note.code_ambiguous": "kode {code} bisa berarti {codes}: tulis kode lengkapnya",
    "note.code_read_as": "kode {code} dibaca sebagai {read}",
    "note.not_rolled_up": (
        "tidak digabungkan: kodenya ({code}) bukan kode wilayah pada tingkat itu"
    ),
    "note.rollup_levels_mixed": (
        "baris dari lebih dari satu tingkat digabungkan ke {code}: sebuah wilayah dan "
        "bagiannya sendiri menghitung penduduk dua kali"
    ),
    "note.rollup_rows_warned": (
        "baris yang dijumlahkan di sini dan memuat peringatan: {count} ({rows}); "
        "jalankan tanpa {option} untuk membacanya"
    ),
    "batch.rollup_needs_code": "penggabungan memerlukan kolom kode wilayah",
    "batch.codes_not_in_register": (
        "{name}: baris yang kodenya tidak ada dalam register Kepmendagri: {count} ({rows})"
    ),
    "batch.codes_read_as": (
        "{name}: baris yang kodenya dibaca sebagaimana ditulis register: {count} ({rows})"
    ),
    "batch.names_not_register": (
        "{name}: baris yang namanya berbeda dari nama dalam register untuk kodenya: "
        "{count} ({rows})"
    ),
    "batch.populations_filled": (
        "{name}: jumlah penduduk yang diambil dari register ({source}), ditandai pada "
        "kolom population_source: {count}"
    ),
    "note.no_code": "tidak digabungkan: baris ini tidak memiliki kode wilayah",
    "column.rolled_up": "Baris",
    "label.rolled_up": "Baris dijumlahkan",
    "sheet.results": "Hasil",
    "sheet.notes": "Catatan",
    "bound.low": "bawah",
    "bound.high": "atas",
    "label.report_date": "Dibuat pada",
    "report.criteria": "{name}: cakupan {coverage}, keaktifan {activity}",
    "label.data_source": "Sumber data",
    "label.title": "Judul",
    "label.note": "Catatan",
    "total.group": "Subjumlah",
    "label.registrants_needed_sum": "Kebutuhan peserta baru, dijumlahkan per wilayah",
    "label.active_needed_sum": "Kebutuhan reaktivasi, dijumlahkan per wilayah",
    "chart.coverage_target": "Target cakupan {target}",
    "chart.activity_target": "Target keaktifan {target}",
    "chart.this_region": "Wilayah ini",
    "report.more_rows": (
        "ditampilkan {shown} wilayah terjauh dari target, dari {count}, yang terjauh lebih "
        "dulu; jumlahnya menghitung semuanya. Semua baris: -o dengan .xlsx atau .csv"
    ),
    "column_short.row": "#",
    "column_short.region": "Wilayah",
    "column_short.code": "Kode",
    "column_short.coverage_pct": "Cakup.",
    "column_short.registrants_needed": "Daftar",
    "column_short.activity_pct": "Aktif%",
    "column_short.active_needed": "Aktifkan",
    "column_short.uhc": "UHC",
    "column_short.uhc_prioritas": "Prio.",
    "batch.row_check": "! baris {line}: {check}",
    "output.pdf_needs_extra": (
        "PDF memerlukan WeasyPrint: pip install 'jkngap[pdf]' (di Debian atau Ubuntu juga "
        "Pango: apt-get install libpango-1.0-0 libpangoft2-1.0-0); atau simpan laporan "
        "sebagai .html lalu cetak ke PDF dari peramban ({reason})"
    ),
    # Segmen: siapa membayar, dan jalan menuju target keaktifan.
    "title.routes": "Keaktifan per segmen, dan jalan menuju keaktifan {target} (basis {base})",
    "title.segments": "Peserta per segmen",
    "column.segment": "Segmen",
    "column.paid_by": "Dibayar oleh",
    "column.inactive": "Nonaktif",
    "column.inactive_share_pct": "Porsi nonaktif",
    "label.segment": "Segmen",
    "label.paid_by": "Dibayar oleh",
    "label.inactive_share_pct": "Porsi dari yang nonaktif",
    "label.apbd_people": "(a) PBPU didaftarkan sebagai PBI APBD",
    "label.apbd_budget": "(a) Anggaran APBD per tahun",
    "label.apbd_enough": "(a) cukup dengan sendirinya",
    "label.members_paying_again": "(b) peserta membayar kembali",
    "label.member_premium": "(b) iuran peserta per bulan",
    "label.arrears_months": "(b) tunggakan paling banyak (bulan)",
    "label.member_pays_up_to": "(b) satu peserta membayar paling banyak",
    "label.new_members_budget": "(c) sebagai PBI APBD, per tahun",
    "label.budget_people": "Anggaran: peserta didaftarkan",
    "label.budget_activity_pct": "Anggaran: keaktifan tercapai",
    "label.budget_met": "Anggaran: target tercapai",
    "segment.pbi-apbn": "PBI APBN",
    "segment.pbi-apbd": "PBI APBD",
    "segment.ppu": "PPU",
    "segment.pbpu": "PBPU (mandiri)",
    "segment.bp": "BP",
    "segment.other": "lainnya",
    "payer.state": "negara (APBN)",
    "payer.region": "pemda (APBD)",
    "payer.employer": "pemberi kerja dan pekerja",
    "payer.member": "peserta",
    "payer.member_or_state": "peserta atau negara",
    "segment.none": "berikan sedikitnya satu segmen, sebagai NAMA=TERDAFTAR/AKTIF ({example})",
    "segment.unknown": "'{text}' bukan segmen: pilih {choices}",
    "segment.ambiguous": "'{text}' bisa berarti {choices}: sebutkan yang mana",
    "segment.twice": "{segment} diberikan dua kali: berikan setiap segmen sekali",
    "segment.syntax": (
        "'{text}' bukan NAMA=TERDAFTAR atau NAMA=TERDAFTAR/AKTIF (misalnya pbpu=300/100)"
    ),
    "segment.active_above": "{segment} punya {active} aktif, lebih dari {registered} terdaftarnya",
    "segment.sum_differs": (
        "jumlah segmen {total}, tidak mungkin membentuk {registered} pada {figure}; "
        "'jkngap check' dengan angka yang sama menunjukkan mana yang tidak cocok"
    ),
    "segment.active_differs": (
        "{total} aktif dari segmen tidak mungkin menjadi bagian dari {active} pada {figure}"
    ),
    "segment.active_unknown": (
        "jumlah peserta aktif tidak diketahui: berikan {active}, atau jumlah aktif setiap "
        "segmen ({example})"
    ),
    "segment.budget_needs_pbpu": (
        "anggaran membeli jalan (a), yang memerlukan jumlah terdaftar dan aktif PBPU ({example})"
    ),
    "note.segments_partial_total": (
        "tidak kelima segmen diberikan: jumlahnya diambil dari segmen yang diberikan, {registered}"
    ),
    "note.budget_beyond_pbpu": (
        "anggaran cukup untuk lebih banyak orang daripada peserta PBPU nonaktif: semua "
        "{people} didaftarkan, sisanya tidak terpakai"
    ),
    "note.route_a_needs_pbpu": ("jalan (a) memerlukan jumlah terdaftar dan aktif PBPU ({example})"),
    "note.route_a_short": (
        "jalan (a) saja tidak cukup: dibutuhkan {needed}, dan hanya {inactive} peserta PBPU "
        "yang nonaktif; {rest} lagi lewat jalan (b) atau (c)"
    ),
    "note.routes_explained": (
        "jalan: (a) pemda mendaftarkan peserta PBPU nonaktif sebagai PBI APBD, tunggakan "
        "dihapus, dibayar dari APBD; (b) peserta membayar kembali, dengan tunggakannya, dari "
        "kantong sendiri; (c) peserta baru yang langsung aktif"
    ),
    # Kesalahan yang sering ada dalam laporan.
    "figure_name.segments": "segmen",
    "figure_name.inactive": "nonaktif",
    "figure.inactive": "{value} nonaktif",
    "check.segment_active_above": (
        "{segment} punya {active} aktif, lebih dari {registered} terdaftarnya"
    ),
    "check.segments_make": "kelima segmen berjumlah {published}, sama dengan {figure}",
    "check.segments_differ": "kelima segmen berjumlah {total}, bukan {published} ({figure})",
    "check.segments_differ_coverage": (
        "kelima segmen berjumlah {total} ({total_pct} penduduk), bukan {published} "
        "({figure}, {published_pct})"
    ),
    "check.segments_within": (
        "segmen yang diberikan berjumlah {total}, dalam {published} ({figure})"
    ),
    "check.segments_above": (
        "segmen yang diberikan berjumlah {total}, lebih dari {published} ({figure})"
    ),
    "check.inactive_make": (
        "{active} aktif dan {inactive} nonaktif membentuk {registered} peserta terdaftar"
    ),
    "check.inactive_differ": (
        "{active} aktif dan {inactive} nonaktif berjumlah {total}, bukan {registered} "
        "peserta terdaftar"
    ),
    "check.inactive_above": "{inactive} nonaktif lebih dari {registered} peserta terdaftar",
    "check.doubtful": "meragukan",
    "check.target_as_count": (
        "{registered} peserta terdaftar tepat {target} dari {population} penduduk, "
        "dibulatkan ke atas: kemungkinan target yang dilaporkan seolah-olah capaian"
    ),
    "check.swapped_digits": (
        "{figure} {published} tidak sesuai dengan jumlahnya ({computed}), tetapi {likely} "
        "sesuai: kemungkinan salah ketik, dua angka tertukar"
    ),
    "note.total_from_segments": "{figure} diambil dari jumlah kelima segmen, {total}",
    "note.registered_from_inactive": (
        "peserta terdaftar diambil dari aktif ditambah nonaktif, {registered}"
    ),
    "note.active_from_inactive": (
        "peserta aktif diambil dari terdaftar dikurangi nonaktif, {active}"
    ),
    # UHC Awards.
    "title.awards": "Kategori UHC Awards",
    "label.awards_preset": "Preset UHC Awards",
    "label.award": "Kategori UHC Awards tercapai",
    "label.region_paid_pct": "Dibayar pemda (PBI APBD), dari penduduk",
    "label.category": "Kategori",
    "column.category": "Kategori",
    "label.rule": "Syarat",
    "column.rule": "Syarat",
    "award.pratama": "Pratama",
    "award.madya": "Madya",
    "award.utama": "Utama",
    "award.rule": "cakupan {coverage}, keaktifan {activity}",
    "award.rule_paid": (
        "cakupan {coverage}, keaktifan {activity}, dibayar pemda {paid} dari penduduk"
    ),
    "awards.unknown": "tidak ada preset UHC Awards bernama '{name}': pilih {known}",
    "awards.syntax": (
        "'{text}' bukan KATEGORI=CAKUPAN/KEAKTIFAN atau KATEGORI=CAKUPAN/KEAKTIFAN/DIBAYAR_PEMDA "
        "(misalnya madya=98/80/25)"
    ),
    "note.awards_press": (
        "UHC Awards {preset}: ambang menurut pemberitaan, bukan peraturan; setiap kategori "
        "juga memerlukan status UHC Prioritas dan iuran yang lunas, yang tidak tampak dari angka"
    ),
    "note.awards_need_paid_share": (
        "syarat porsi yang dibayar pemda memerlukan jumlah penduduk dan peserta PBI APBD "
        "(segmen pbi-apbd): tanpa itu tidak dapat dinilai"
    ),
    "note.cost_route_a": (
        "yang dihitung: peserta PBPU nonaktif didaftarkan sebagai PBI APBD, paling sedikit "
        "yang mencapai keaktifan {target}"
    ),
    # Kolom segmen dalam berkas wilayah.
    "note.row_segments_differ": "jumlah segmen {total}, bukan {registered} peserta terdaftar",
    "note.row_from_segments": "peserta terdaftar diambil dari jumlah segmen, {registered}",
    "note.row_active_from_segments": (
        "peserta terdaftar dan aktif diambil dari jumlah segmen, {registered} dan {active}"
    ),
    "column.region_paid_pct": "Dibayar pemda",
    "column.apbd_people": "(a) PBPU ke PBI APBD",
    "column.apbd_budget": "(a) APBD per tahun",
    # trend dan compare (issue 21)
    "trend.date_unreadable": (
        "'{text}' bukan tanggal: tulis 2025-07-01, 1 Juli 2025 atau Juli 2025"
    ),
    "trend.date_order": (
        "'{text}' dapat dibaca hari dulu atau bulan dulu: tulis 2025-07-01 atau 1 Juli 2025"
    ),
    "trend.no_date": (
        "tanggal {name} tidak ditemukan: berikan sebagai {name}@2025-07-01, dalam kolom "
        "tanggal (tanggal, per, periode, bulan) atau pada baris judulnya"
    ),
    "trend.several_dates_title": (
        "baris judulnya menyebut beberapa tanggal ({dates}): berikan tanggal berkas sebagai "
        "BERKAS@TANGGAL"
    ),
    "trend.several_dates_name": (
        "namanya memuat beberapa tanggal ({dates}): berikan tanggal berkas sebagai BERKAS@TANGGAL"
    ),
    "trend.two_date_columns": (
        "ada dua kolom tanggal, '{first}' dan '{second}': sebutkan yang dimaksud dengan "
        "{date_option}"
    ),
    "trend.row_without_date": "baris ini berisi angka tetapi kolom tanggalnya '{name}' kosong",
    "trend.date_not_in_file": "tidak ada baris bertanggal {date} (tanggalnya: {dates})",
    "trend.same_date": "dua potret data bertanggal {date}: {first} dan {second}",
    "trend.out_of_order": (
        "potret data harus urut tanggal: {date} ({second}) sesudah {previous} ({first})"
    ),
    "trend.region_twice": (
        "{region} muncul dua kali dalam potret data {date}: baris {first} dan baris ini"
    ),
    "trend.no_snapshots": "tidak ada potret data",
    "trend.one_date": (
        "tren memerlukan potret data paling sedikit dua tanggal; {name} hanya memuat {date}"
    ),
    "trend.regions_missing": (
        "{count} wilayah tidak ada dalam sebagian potret data, tetap dicantumkan dan "
        "ditandai: {regions}"
    ),
    "trend.rows_unread": (
        "{count} baris tidak dapat dibaca; wilayahnya ditandai tidak ada pada tanggal itu: {rows}"
    ),
    "note.trend_missing": (
        "tidak ada dalam potret data {dates}: tetap dicantumkan, tidak pernah dianggap nol"
    ),
    "note.trend_unread": "barisnya {line} di {name} ({date}) tidak dapat dibaca: {reason}",
    "note.trend_one_snapshot": (
        "hanya ada dalam satu potret data ({date}): laju tidak dapat dihitung"
    ),
    "note.trend_population_changed": (
        "jumlah penduduk berubah dari {first} ({first_source}) menjadi {last} ({last_source}): "
        "perubahan cakupan ikut memuatnya"
    ),
    "note.trend_population": "jumlah penduduk {dates}: {source}",
    "note.trend_population_later": (
        "{name} bertanggal sesudah potret data {date}: jumlah penduduknya dipakai karena tidak "
        "ada yang lebih awal"
    ),
    "note.trend_total_sets": (
        "jumlah menjumlahkan wilayah setiap potret data, dan {count} wilayah tidak ada dalam "
        "sebagian potret: perubahannya mencampur wilayah yang berbeda"
    ),
    "note.trend_total_left_out": (
        "{count} wilayah yang angkanya tidak lengkap tidak ikut dijumlahkan pada {date}"
    ),
    "note.trend_no_deadline": "tenggat tidak diberikan: laju yang diperlukan tidak dihitung",
    "note.trend_projection": (
        "laju yang dicapai dihitung dari potret data pertama sampai terakhir (satu bulan = "
        "30,44 hari), dibulatkan ke bawah; tanggal pada laju ini melanjutkan garis itu dengan "
        "jumlah penduduk terakhir; berisiko: tercapai sekarang dan hilang dalam {months} bulan "
        "pada laju ini"
    ),
    "note.trend_date_from_title": "{name}: tanggal {date}, dari baris judulnya",
    "note.trend_date_from_name": "{name}: tanggal {date}, dari namanya",
    "note.trend_month_only": ("{name}: bulan tanpa tanggal dianggap tanggal pertamanya ({date})"),
    "note.trend_unsorted": (
        "{name} tidak urut tanggal: barisnya ditampung lalu dibaca menurut tanggal"
    ),
    "compare.tolerance": (
        "'{text}' bukan toleransi: tulis jumlah jiwa (100) atau persentase (0,5%)"
    ),
    "compare.region_twice": "{region} muncul dua kali: baris {first} dan baris ini",
    "compare.several_dates": (
        "{name} memuat potret data beberapa tanggal ({dates}): pilih satu, sebagai {name}@TANGGAL"
    ),
    "compare.summary": (
        "{agree} wilayah sesuai dalam toleransi {tolerance}, {disagree} tidak sesuai, "
        "{undecided} tidak dapat dinilai"
    ),
    "compare.only_in": "{count} wilayah hanya ada di {name}: {regions}",
    "compare.dates_differ": "kedua sumber berbeda tanggal: {first} dan {second}",
    "compare.two_sources": "compare membandingkan dua sumber, A dan B: {count} diberikan",
    "note.compare_reference": "selisih adalah {b} dikurangi {a}; persentase terhadap angka {a}",
    "note.compare_only_in": "hanya ada di sumber {source}",
    "note.compare_verdict_within": (
        "status berbeda walaupun setiap angka masih dalam toleransi ({figures})"
    ),
    "outlook.met": "tercapai",
    "outlook.reached": "akan tercapai",
    "outlook.not_at_this_pace": "tidak tercapai pada laju ini",
    "outlook.uncertain": "tidak dapat dinilai",
    "outlook.unknown": "tidak diketahui",
    "standing.none": "belum keduanya",
    "standing.uhc": "UHC",
    "standing.uhc_prioritas": "UHC Prioritas",
    "change.gained": "naik",
    "change.lost": "turun",
    "change.unchanged": "tetap",
    "trend.chart_needs_series": (
        "diagram memerlukan setiap potret data wilayah: baca tren dengan {keep_series}"
    ),
    "trend.too_many_dates": (
        "lebih dari {most} tanggal: tren membaca paling banyak {most} potret data"
    ),
    "trend.file_changed": "berkas berubah selagi dibaca: baca ulang",
    "label.first_date": "Potret data pertama",
    "label.last_date": "Potret data terakhir",
    "label.snapshots": "Jumlah potret data",
    "label.missing_dates": "Tidak ada pada",
    "label.population_first": "Jumlah penduduk (awal)",
    "label.population_last": "Jumlah penduduk (akhir)",
    "label.population_source_first": "Sumber data penduduk (awal)",
    "label.population_source_last": "Sumber data penduduk (akhir)",
    "label.registered_first": "Peserta terdaftar (awal)",
    "label.registered_last": "Peserta terdaftar (akhir)",
    "label.registered_change": "Perubahan peserta terdaftar",
    "label.registered_per_month": "Capaian pendaftaran per bulan",
    "label.active_first": "Peserta aktif (awal)",
    "label.active_last": "Peserta aktif (akhir)",
    "label.active_change": "Perubahan peserta aktif",
    "label.coverage_first_pct": "Cakupan (awal)",
    "label.coverage_last_pct": "Cakupan (akhir)",
    "label.coverage_points_change": "Perubahan cakupan (poin persen)",
    "label.coverage_points_per_month": "Poin cakupan per bulan",
    "label.activity_first_pct": "Keaktifan (awal)",
    "label.activity_last_pct": "Keaktifan (akhir)",
    "label.activity_points_change": "Perubahan keaktifan (poin persen)",
    "label.activity_points_per_month": "Poin keaktifan per bulan",
    "label.days_to_deadline": "Hari hingga tenggat",
    "label.required_registered_per_month": "Pendaftaran yang diperlukan per bulan",
    "label.required_registered_per_week": "Pendaftaran yang diperlukan per minggu",
    "label.required_registered_per_working_day": "Pendaftaran yang diperlukan per hari kerja",
    "label.required_registered_per_agent_per_working_day": (
        "Pendaftaran yang diperlukan per petugas per hari kerja"
    ),
    "label.required_active_per_month": "Pengaktifan yang diperlukan per bulan",
    "label.required_active_per_week": "Pengaktifan yang diperlukan per minggu",
    "label.required_active_per_working_day": "Pengaktifan yang diperlukan per hari kerja",
    "label.required_active_per_agent_per_working_day": (
        "Pengaktifan yang diperlukan per petugas per hari kerja"
    ),
    "label.uhc_outlook": "UHC pada laju ini",
    "label.uhc_date": "UHC tercapai pada",
    "label.uhc_lost_date": "UHC lepas pada",
    "label.uhc_by_deadline": "UHC pada tenggat",
    "label.uhc_at_risk": "UHC berisiko lepas",
    "label.activity_target_outlook": "Target keaktifan pada laju ini",
    "label.activity_target_date": "Target keaktifan tercapai pada",
    "label.activity_target_lost_date": "Target keaktifan lepas pada",
    "label.activity_target_by_deadline": "Target keaktifan pada tenggat",
    "label.activity_target_at_risk": "Target keaktifan berisiko lepas",
    "label.prioritas_outlook": "UHC Prioritas pada laju ini",
    "label.prioritas_date": "UHC Prioritas tercapai pada",
    "label.prioritas_lost_date": "UHC Prioritas lepas pada",
    "label.prioritas_by_deadline": "UHC Prioritas pada tenggat",
    "label.prioritas_at_risk": "UHC Prioritas berisiko lepas",
    "label.status_first": "Status (awal)",
    "label.status_last": "Status (akhir)",
    "label.status_change": "Perubahan status",
    "label.status_changes": "Riwayat perubahan status",
    "label.status_from": "Status sebelumnya",
    "label.status_to": "Status sesudahnya",
    "label.change": "Perubahan",
    "label.award_first": "Kategori UHC Awards (awal)",
    "label.award_last": "Kategori UHC Awards (akhir)",
    "label.award_change": "Perubahan kategori UHC Awards",
    "label.award_from": "Kategori UHC Awards sebelumnya",
    "label.award_to": "Kategori UHC Awards sesudahnya",
    "label.at_risk": "Berisiko",
    "label.horizon_end": "Akhir rentang pantauan",
    "label.uhc_status": "Status",
    "label.missing": "Tidak ada data",
    "label.row_a": "Baris di A",
    "label.row_b": "Baris di B",
    "label.population_a": "Jumlah penduduk (A)",
    "label.population_b": "Jumlah penduduk (B)",
    "label.population_difference": "Selisih jumlah penduduk",
    "label.population_difference_pct": "Selisih jumlah penduduk (% dari A)",
    "label.population_agree": "Jumlah penduduk sesuai",
    "label.registered_a": "Peserta terdaftar (A)",
    "label.registered_b": "Peserta terdaftar (B)",
    "label.registered_difference": "Selisih peserta terdaftar",
    "label.registered_difference_pct": "Selisih peserta terdaftar (% dari A)",
    "label.registered_agree": "Peserta terdaftar sesuai",
    "label.active_a": "Peserta aktif (A)",
    "label.active_b": "Peserta aktif (B)",
    "label.active_difference": "Selisih peserta aktif",
    "label.active_difference_pct": "Selisih peserta aktif (% dari A)",
    "label.active_agree": "Peserta aktif sesuai",
    "label.coverage_pct_a": "Cakupan (A)",
    "label.coverage_pct_b": "Cakupan (B)",
    "label.coverage_points_difference": "Selisih cakupan (poin persen)",
    "label.activity_pct_a": "Keaktifan (A)",
    "label.activity_pct_b": "Keaktifan (B)",
    "label.activity_points_difference": "Selisih keaktifan (poin persen)",
    "label.uhc_a": "UHC (A)",
    "label.uhc_b": "UHC (B)",
    "label.uhc_prioritas_a": "UHC Prioritas (A)",
    "label.uhc_prioritas_b": "UHC Prioritas (B)",
    "label.verdicts_agree": "Kesimpulan sama",
    "label.verdict_changers": "Angka yang mengubah kesimpulan",
    "label.only_in": "Hanya ada di",
    "column.date": "Tanggal",
    "column_short.date": "Tgl.",
    "column.coverage_last_pct": "Cakupan",
    "column_short.coverage_last_pct": "Cak.",
    "column.activity_last_pct": "Keaktifan",
    "column_short.activity_last_pct": "Keakt.",
    "column.registered_per_month": "Daftar/bulan",
    "column_short.registered_per_month": "Dft/bln",
    "column.required_registered_per_month": "Daftar diperlukan",
    "column_short.required_registered_per_month": "Perlu",
    "column.active_per_month": "Aktif/bulan",
    "column_short.active_per_month": "Akt/bln",
    "column.required_active_per_month": "Aktif diperlukan",
    "column_short.required_active_per_month": "Perlu",
    "column.prioritas_date": "Prioritas pada",
    "column_short.prioritas_date": "Prio.",
    "column.status_change": "Status",
    "column_short.status_change": "Status",
    "column.at_risk": "Berisiko",
    "column_short.at_risk": "Risiko",
    "column.registered_a": "Terdaftar A",
    "column_short.registered_a": "Dft. A",
    "column.registered_b": "Terdaftar B",
    "column_short.registered_b": "Dft. B",
    "column.registered_difference": "Selisih terdaftar",
    "column_short.registered_difference": "Sel.",
    "column.active_a": "Aktif A",
    "column_short.active_a": "Akt. A",
    "column.active_b": "Aktif B",
    "column_short.active_b": "Akt. B",
    "column.active_difference": "Selisih aktif",
    "column_short.active_difference": "Sel.",
    "column.verdicts_agree": "Kesimpulan sama",
    "column_short.verdicts_agree": "Kes.",
    "column.agree": "Sesuai",
    "column_short.agree": "Sesuai",
    "column.only_in": "Hanya di",
    "column_short.only_in": "Hanya",
    "title.trend": "Perkembangan JKN per wilayah (kriteria {criteria})",
    "title.trend_long": "Perkembangan JKN per wilayah dan tanggal (kriteria {criteria})",
    "title.compare": "Dua sumber data wilayah yang sama (kriteria {criteria})",
    "sheet.series": "Per tanggal",
    "chart.trend_caption": (
        "{region}: peserta terdaftar dan aktif pada setiap potret data (titik) terhadap "
        "jumlah yang diminta target (putus-putus), dan jalur yang diperlukan rencana "
        "hingga {deadline} (titik-titik)"
    ),
    "chart.trend_registered": "Terdaftar",
    "chart.trend_active": "Aktif",
    "chart.trend_required_registered": "Target cakupan {target}",
    "chart.trend_required_active": "Target keaktifan {target}",
    "chart.trend_path": "Jalur yang diperlukan",
    "report.trend_charts": (
        "{count} wilayah yang paling jauh dari jalur, terburuk lebih dahulu, dari {regions}"
    ),
    "trend.start_before_last": (
        "upaya dimulai {text}, sebelum potret data {date}: berikan tanggal mulai pada atau "
        "setelah potret data terakhir"
    ),
    "trend.long_layout": (
        "bentuk panjang (satu baris per wilayah dan tanggal) ditulis selagi dibaca: tidak "
        "dapat diurutkan atau dibatasi pada wilayah yang tidak sesuai jalur"
    ),
    "many.layout_not_here": (
        "pengelompokan dan rekapitulasi menjumlahkan baris satu tanggal: hanya untuk batch, "
        "bukan untuk perintah ini"
    ),
    # match (issue 22)
    "match.list_dir_missing": "folder tidak ada: daftar orang ditulis ke folder yang sudah ada",
    "label.not_registered": "Belum terdaftar",
    "label.not_in_population": "Terdaftar, tidak ada di data penduduk",
    "label.duplicate_nik": "NIK ganda",
    "label.invalid_nik": "NIK tidak sah",
    "label.damaged_nik": "NIK rusak oleh Excel",
    "label.takeover_candidates": "PBPU nonaktif desil 1-5",
    "label.takeover_budget": "Iuran PBI APBD mereka setahun",
    "label.region_paid_high_decile": "Dibiayai pemda, desil 6-10",
    "label.unregistered_low_decile": "Belum terdaftar, desil 1-5",
    "label.suppressed": "Disembunyikan (angka kecil)",
    "title.match": "Pencocokan data penduduk per desa (kriteria {criteria})",
    "match.list_written": (
        "{category}: {people} orang ditulis ke {file} (hanya dapat dibaca oleh Anda)"
    ),
    "match.hashed_written": (
        "{role}: {rows} baris ditulis dengan hash berkunci pengganti NIK ke {file}"
    ),
    "match.list_format_unknown": "tidak ada format '{text}' untuk daftar orang: pilih {known}",
    "match.column_syntax": (
        "'{text}' tidak menunjuk kolom daftar: tulis DAFTAR.PERAN=JUDUL "
        '(members.nik="No Identitas")'
    ),
    "match.hashed_syntax": "'{text}' bukan DAFTAR=BERKAS (population=penduduk-hash.csv)",
    "match.bad_delimiter": "'{text}' tidak dapat memisahkan kolom daftar: berikan satu karakter",
    "match.bad_header": "baris judul kolom tidak dapat dibaca ({reason})",
    "match.bad_workbook": "berkas Excel tidak dapat dibaca ({reason})",
    "match.codes_unknown": (
        "{count} kode desa tidak ada di register (misalnya {example}): barisnya tetap "
        "disertakan, tanpa nama"
    ),
    "match.empty_file": "berkas kosong: daftar penduduk perlu baris judul kolom dan isi",
    "match.empty_list": "daftar penduduk tidak berisi baris",
    "match.encoding": (
        "baris {line} bukan {encoding} yang sah: sebutkan pengodean daftarnya dengan "
        "{encoding_option}: utf-8 (bawaan), latin-1, cp1252 atau utf-16"
    ),
    "match.encoding_unknown": "daftar tidak dapat dibaca sebagai '{text}': pilih {known}",
    "match.engine_failed": "daftar tidak dapat dibaca atau dicocokkan ({reason})",
    "match.engine_memory": (
        "pencocokan memerlukan memori lebih besar dari batasnya ({reason}): naikkan batas "
        "memori, atau kurangi jumlah thread"
    ),
    "match.engine_settings": "mesin pencocokan menolak pengaturannya ({reason})",
    "match.file_missing": "daftar tidak dapat dibuka ({reason})",
    "match.hash_needs_key": "daftar hanya dapat di-hash dengan kunci: berikan berkas kunci",
    "match.hashed_needs_key": (
        "{hashed} berisi NIK ter-hash dan {plain} NIK biasa: berikan berkas kunci yang "
        "dipakai membuat hash itu, agar NIK biasa di-hash dengan kunci yang sama"
    ),
    "match.header_is_data": (
        "baris pertama berisi NIK, jadi daftar tidak punya baris judul kolom: tambahkan "
        "(NIK, No KK, Kode Desa ...)"
    ),
    "match.key_file_open": (
        "berkas kunci dapat dibaca orang lain: siapa pun yang membacanya dapat meng-hash NIK "
        "dan mencocokkannya dengan daftar (chmod 600)"
    ),
    "match.key_too_long": "berkas kunci lebih besar dari {most} bita: itu bukan kunci",
    "match.key_too_short": (
        "berkas kunci berisi kurang dari {least} bita: kunci pendek dapat ditebak, dan "
        "dengan itu setiap NIK ter-hash"
    ),
    "match.key_unreadable": "berkas kunci tidak dapat dibaca ({reason})",
    "match.keyed_hashes": (
        "NIK dicocokkan sebagai hash berkunci (HMAC-SHA256): daftar menampilkan hash, bukan NIK"
    ),
    "match.list_damaged": (
        "{source}: {rows} baris berisi NIK yang diubah Excel menjadi angka (digit terakhirnya "
        "hilang): dihitung sebagai NIK rusak, tidak pernah dicocokkan"
    ),
    "match.list_duplicates": (
        "{source}: {rows} baris mengulang NIK yang sudah tercantum: setiap orang dihitung sekali"
    ),
    "match.list_invalid": (
        "{source}: {rows} baris tanpa NIK, atau NIK-nya tidak sah: dihitung sebagai NIK tidak "
        "sah, tidak pernah dicocokkan"
    ),
    "match.list_undecoded": (
        "{source}: {rows} baris bukan UTF-8 yang sah (yang pertama baris {line}): bila daftar "
        "memakai pengodean lain, baca dengan {encoding_option} latin-1 atau {encoding_option} "
        "utf-16"
    ),
    "match.list_unreadable": (
        "{source}: {rows} baris tidak dapat dipisah menjadi sel: dihitung sebagai NIK tidak "
        "sah, pada baris tanpa desa"
    ),
    "match.list_no_desa": (
        "{source}: {rows} baris tanpa kode desa: dikumpulkan dalam baris tersendiri"
    ),
    "match.list_unknown_area": (
        "{source}: {rows} NIK diawali kode kecamatan yang tidak ada di register (tempat "
        "pertama kali terdaftar, yang mungkin sudah berubah): tetap dicocokkan"
    ),
    "match.list_status_unknown": (
        "{source}: {rows} status tidak menyatakan aktif atau nonaktif: peserta itu tidak "
        "dihitung aktif"
    ),
    "match.list_segment_unknown": (
        "{source}: {rows} segmen tidak menyebut segmen, atau menyebut lebih dari satu (PBI saja)"
    ),
    "match.list_decile_unknown": (
        "{source}: {rows} desil bukan 1 sampai 10: dianggap tidak diketahui"
    ),
    "match.list_needs": (
        "daftar {text} memerlukan daftar sumbernya (daftar kesejahteraan; daftar peserta "
        "dengan status dan segmen)"
    ),
    "match.list_not_given": "daftar {text} tidak diberikan",
    "match.list_unknown": "tidak ada daftar orang bernama '{text}': pilih {known}",
    "match.min_cell_small": (
        "angka terkecil yang ditampilkan {text} terlalu sedikit menyembunyikan: berikan "
        "{least} atau lebih"
    ),
    "match.missing_column": (
        "tidak ada kolom '{name}' dalam daftar (kolomnya: {header}); lihat {columns_option}"
    ),
    "match.mixed_hashed": (
        "daftar berisi NIK ter-hash ({hashed} baris) dan NIK biasa ({plain} baris) sekaligus: "
        "keduanya tidak akan pernah cocok; hash seluruh daftar, atau berikan tanpa hash"
    ),
    "match.needs_duckdb": (
        "pencocokan daftar orang memerlukan DuckDB, yang belum terpasang: pip install '{extra}'"
    ),
    "match.needs_lists": "pencocokan memerlukan daftar penduduk dan daftar peserta",
    "match.no_decile_column": (
        "daftar kesejahteraan memerlukan kolom desil (Desil); kolomnya: {header}; lihat "
        "{columns_option}"
    ),
    "match.no_desa_codes": (
        "tidak ada baris pada kolom '{name}' yang berisi kode desa (32.01.01.2001 atau 3201012001)"
    ),
    "match.no_desa_column": (
        "daftar penduduk memerlukan kolom kode desa (Kode Desa, Kode Wilayah); kolomnya: "
        "{header}; lihat {columns_option}"
    ),
    "match.no_nik_column": (
        "ini bukan daftar orang: tidak ada kolom NIK (NIK, No KTP, nik_hash); kolomnya: "
        "{header}; lihat {columns_option}"
    ),
    "match.no_sheet": "berkas Excel tidak punya lembar bernama '{sheet}'",
    "match.not_people": (
        "ini bukan daftar orang: tidak satu pun dari {rows} barisnya berisi NIK pada kolom '{name}'"
    ),
    "match.output_unwritable": "daftar orang tidak dapat ditulis di sana ({reason})",
    "match.plain_and_hashed_columns": (
        "daftar punya kolom NIK biasa ('{first}') dan kolom NIK ter-hash ('{second}'): "
        "berikan salah satu"
    ),
    "match.population_unmatched": (
        "{rows} penduduk dalam daftar penduduk punya NIK yang tidak dapat dicocokkan: mereka "
        "dihitung dalam jumlah penduduk, bukan terdaftar dan bukan belum terdaftar, sehingga "
        "cakupan sekurang-kurangnya seperti yang ditampilkan"
    ),
    "match.private_folder": "folder pribadi untuk pencocokan tidak dapat dibuat ({reason})",
    "match.rollup_unknown": "'{text}' bukan tingkat wilayah untuk rekap: pilih {known}",
    "match.row_no_desa": "baris tanpa kode desa",
    "match.suppressed": (
        "angka di bawah {min_cell} disembunyikan, ditambah {secondary} angka lain agar tidak "
        "ada yang dapat dihitung kembali dari jumlahnya ({cells} sel seluruhnya)"
    ),
    "match.cell_too_long": (
        "baris {line} berisi sel lebih dari {most} karakter: ditolak (sel daftar penduduk "
        "pendek; tanda kutip yang dibuka di sana dan tidak ditutup menjadikan sisa berkas "
        "satu sel)"
    ),
    "match.too_many_fields": (
        "baris {line} berisi lebih dari {most} kolom: ditolak (daftar penduduk berisi "
        "puluhan kolom)"
    ),
    "match.two_columns": (
        "dua kolom berisi {role}: '{first}' dan '{second}'; sebutkan yang dimaksud "
        "({columns_option})"
    ),
    "match.unknown_role": "tidak ada peran kolom '{role}' untuk daftar ini: pilih {known}",
    "match.workbook_bomb": "berkas Excel terurai menjadi lebih dari {most} bita: ditolak",
    "match.workbook_cell": (
        "baris {line} berkas Excel punya sel lebih panjang dari {most} karakter"
    ),
    "match.workbook_rows": "berkas Excel punya lebih dari {most} baris: ditolak",
    # Issues 18 and 24 (trust-io): hostile and official files, read whole or refused.
    "batch.too_sparse": (
        "barisnya berisi {given} sel tetapi akan menjadi tabel {cells} sel (baris pendek di "
        "bawah judul kolom yang lebar, atau objek yang tidak berbagi kunci): bukan tabel wilayah"
    ),
    "batch.oversized_number": (
        "baris {line}: angka {digits} digit, lebih banyak dari jumlah atau persentase mana pun: "
        "bukan tabel wilayah"
    ),
    "batch.bad_xlsx_row": "baris {line} lembar ini tidak dapat dibaca: {reason}",
    "batch.xlsx_row_order": (
        "baris {line} datang sesudah baris {previous} (tertulis dua kali, atau tidak urut), yang "
        "tidak pernah disimpan Excel: buka buku kerja di Excel lalu simpan lagi, atau simpan "
        "lembarnya sebagai CSV"
    ),
    "batch.xlsx_row_number": "sebuah baris lembar ini bernomor '{number}', bukan nomor baris",
    "batch.xlsx_shared_text": (
        "sebuah sel di baris {line} menunjuk teks bersama sebelum yang pertama: buku kerja rusak"
    ),
    "batch.duplicate_codes": (
        "{name}: baris yang kodenya sudah ada di baris sebelumnya: {count} ({rows})"
    ),
    "batch.parents_left_out": (
        "{name}: baris yang tidak ikut dijumlahkan karena kodenya induk dari kode baris lain "
        "(wilayahnya sudah terjumlah lewat baris-baris itu): {count} ({rows})"
    ),
    "note.parent_left_out": (
        "tidak ikut dijumlahkan: baris lain berkode di bawah {code}, dan baris itulah yang "
        "dijumlahkan"
    ),
    "batch.unmapped_column": (
        "{name}: kolom '{header}' tidak dibaca; bila berisi {figure}, tambahkan "
        '{column_option} {role}="{header}"'
    ),
    "batch.no_population": (
        "{name} tidak memiliki kolom penduduk, sehingga cakupan tidak dapat dihitung: "
        "{fill_option} mengambil jumlah penduduk kabupaten/kota dan provinsi dari register "
        "lewat kolom kode"
    ),
    "batch.no_rows": "{name} berisi judul kolom tetapi tidak ada baris wilayah",
    "batch.segment_active_alone": (
        "segmen {segment} berisi {active} peserta aktif tetapi jumlah terdaftarnya kosong: "
        "segmen itu tidak ikut dalam jumlah terdaftar, begitu pula peserta aktifnya"
    ),
    "note.row_segment_active_alone": (
        "segmen {segment} berisi {active} peserta aktif tetapi jumlah terdaftarnya kosong: "
        "tidak ikut dalam hitungan segmen"
    ),
    # allocate (issue 23)
    "allocate.need_registrants_active": "pendaftaran dan pengaktifan",
    "allocate.need_registrants": "pendaftaran",
    "allocate.need_active": "pengaktifan",
    "allocate.part_registrants": "pendaftaran",
    "allocate.part_active": "pengaktifan",
    "note.allocate_rule": (
        "agen dibagi sebanding dengan kebutuhan ({need}) menurut metode sisa terbesar "
        "(Hamilton), dalam agen utuh yang jumlahnya tepat sama dengan agen yang ada; setiap "
        "wilayah yang punya kebutuhan mendapat paling sedikit satu agen selama agen masih ada"
    ),
    "note.allocate_rule_roster": (
        "hari kerja agen per minggu dalam daftar agen dibagi sebanding dengan kebutuhan "
        "({need}) menurut metode sisa terbesar (Hamilton), setiap wilayah yang punya "
        "kebutuhan mendapat paling sedikit satu hari per minggu selama hari masih ada; hari "
        "setiap agen ditempatkan sedekat mungkin dengan wilayah asalnya (wilayah asal, lalu "
        "kecamatan, kabupaten/kota, provinsi yang sama)"
    ),
    "note.allocate_raised_agents": (
        "{count} wilayah yang kebutuhannya kurang dari bagian satu agen mendapat masing-masing "
        "satu agen (paling sedikit satu per wilayah), dan wilayah lain membagi sisanya menurut "
        "sisa terbesar: {areas}"
    ),
    "note.allocate_raised_days": (
        "{count} wilayah yang kebutuhannya kurang dari bagian satu hari-agen mendapat "
        "masing-masing satu hari per minggu (paling sedikit satu per wilayah), dan wilayah "
        "lain membagi sisanya menurut sisa terbesar: {areas}"
    ),
    "note.allocate_left_out_agents": (
        "{seats} agen untuk {needy} wilayah yang punya kebutuhan: masing-masing satu untuk "
        "wilayah dengan kebutuhan terbesar, dan {count} wilayah tidak mendapat agen: {areas}"
    ),
    "note.allocate_left_out_days": (
        "{seats} hari-agen per minggu untuk {needy} wilayah yang punya kebutuhan: "
        "masing-masing satu hari untuk wilayah dengan kebutuhan terbesar, dan {count} wilayah "
        "tidak mendapat apa-apa: {areas}"
    ),
    "note.allocate_rows_unread": (
        "{count} baris tidak dapat dibaca dan tidak mendapat apa-apa: {rows}"
    ),
    "note.allocate_need_part": (
        "berkas tidak memuat kekurangan {missing} (kolomnya tidak ada): kebutuhannya hanya {used}"
    ),
    "allocate.no_need_column": (
        "berkas tidak memuat kolom untuk kebutuhan yang diminta ({needed}): isi jumlahnya, "
        "atau pilih kebutuhan lain"
    ),
    "allocate.no_areas": (
        "tidak ada wilayah dalam berkas yang dapat dibaca: tidak ada yang dapat dibagi"
    ),
    "allocate.no_need": (
        "tidak satu pun dari {areas} wilayah punya kebutuhan (semua kekurangan nol): tidak "
        "ada yang perlu dibagi"
    ),
    "allocate.row_no_need": (
        "wilayah ini tidak punya angka kebutuhan ({need}): wilayah ini tidak mendapat apa-apa"
    ),
    "allocate.two_household_columns": (
        "ada dua kolom KK, '{first}' dan '{second}': yang mana yang dimaksud?"
    ),
    "roster.empty": "daftar agen tidak memuat satu agen pun",
    "roster.too_many": "daftar agen memuat lebih dari {most} agen: pecah menjadi beberapa berkas",
    "roster.two_columns": (
        "ada dua kolom daftar agen untuk hal yang sama, '{first}' dan '{second}': yang mana "
        "yang dimaksud?"
    ),
    "roster.no_column": (
        "daftar agen tidak memuat kolom {missing} (judul kolomnya: {header}); daftar agen "
        "berisi agen, wilayah asal dan hari kerja per minggu"
    ),
    "roster.unread": (
        "{count} baris daftar agen tidak dapat dibaca (baris {rows}); baris {line}: {reason}"
    ),
    "roster.empty_cell": "ada sel yang kosong",
    "roster.too_long": "ada sel yang lebih panjang dari {most} karakter",
    "roster.control_character": (
        "ada sel yang memuat karakter kendali atau tanda pembalik arah teks"
    ),
    "roster.days_range": "hari kerja per minggu harus bilangan bulat dari 1 sampai {most}",
    "roster.row_unreadable": "baris ini tidak dapat dipecah menjadi sel",
    "roster.agent_twice": "agen ini sudah ada di baris {earlier}",
    "roster.home_unknown": (
        "{count} baris daftar agen menyebut wilayah asal yang bukan kode wilayah dan bukan "
        "nama satu wilayah dalam berkas (baris {rows}): '{text}'"
    ),
    "note.roster_home_outside": (
        "wilayah asal {count} agen tidak ada dalam berkas (baris daftar agen {rows}): mereka "
        "bertugas sedekat mungkin menurut kodenya"
    ),
    "note.visits_written": (
        "daftar kerja agen: {people} orang untuk {agents} agen ditulis ke {file} (hanya dapat "
        "dibaca oleh Anda), satu baris per orang beserta agen dan KK-nya"
    ),
    "note.visits_outside": (
        "{rows} baris daftar berisi desa yang tidak ada di berkas (atau tanpa desa): tidak "
        "masuk daftar agen mana pun"
    ),
    "note.visits_no_agents": (
        "{households} KK dari {areas} wilayah tanpa agen tidak masuk daftar agen mana pun"
    ),
    "visits.no_code_column": (
        "daftar tidak memiliki kolom kode desa (code): berikan daftar yang ditulis match --list"
    ),
    "visits.too_many": ("daftar berisi lebih dari {most} baris seluruhnya: pisahkan per kecamatan"),
    "visits.row_unreadable": "baris {line} tidak dapat dipecah menjadi sel",
    "note.roster_away": (
        "{days} dari {total} hari-agen per minggu berada di luar wilayah asal agennya, paling "
        "sedikit yang dimungkinkan bagian setiap wilayah"
    ),
    "budget.goal_activity": "keaktifan {activity}",
    "budget.aim_award": "kategori UHC Awards {category}",
    "budget.method": (
        "jalan (a): peserta PBPU nonaktif dialihkan menjadi PBI APBD, paling sedikit yang "
        "membawa setiap wilayah ke {aim}; wilayah dipilih utuh, secara tepat (bukan "
        "perkiraan), dalam batas dana"
    ),
    "budget.reason_no_counts": (
        "jumlah peserta terdaftar dan aktifnya (basis {base}) tidak diketahui"
    ),
    "budget.reason_no_population": (
        "syarat cakupan memerlukan jumlah penduduk dan peserta terdaftarnya"
    ),
    "budget.reason_coverage": (
        "cakupannya {coverage} di bawah {target} yang disyaratkan, dan jalan (a) tidak "
        "menambah peserta"
    ),
    "budget.reason_nobody_registered": (
        "belum ada peserta terdaftar: tidak ada tingkat keaktifan yang dapat dibawa ke sasaran, "
        "dan jalan (a) tidak menambah peserta"
    ),
    "budget.reason_no_region_paid": (
        "syarat porsi yang dibayar pemda memerlukan jumlah penduduk dan peserta PBI APBD-nya"
    ),
    "budget.reason_no_pbpu": (
        "jumlah peserta PBPU nonaktifnya tidak diketahui (kolom PBPU dan PBPU Aktif)"
    ),
    "budget.reason_pbpu_short": (
        "{needed} harus dialihkan, padahal peserta PBPU nonaktif hanya {inactive}: jalan (a) "
        "saja tidak cukup"
    ),
    "budget.regions_unreachable": (
        "{count} wilayah tidak dapat mencapai sasaran dengan jalan (a) saja: {rows}"
    ),
    "budget.regions_unpriced": (
        "{count} wilayah tidak dapat dihitung biayanya karena angkanya kurang: {rows}"
    ),
    "budget.too_large": (
        "memilih secara tepat di antara {regions} wilayah untuk {people} jiwa melebihi batas "
        "kerja jkngap: pilih wilayah terbanyak ({maximise} {regions_aim}), atau pilih per "
        "kabupaten/kota"
    ),
    "budget.donors_need_each": (
        "isi juga {other}: jumlah donatur dan sumbangan masing-masing harus diisi bersama"
    ),
    "budget.no_money": "isi {budget}, {donors}, atau keduanya",
    "value.share_range": "porsi harus di atas 0 % dan paling banyak 100 %, bukan {text}",
    "budget.share_needs_budget": "porsi adalah bagian anggaran provinsi: isi {budget}",
    "budget.donors_region_paid": (
        "peserta yang iurannya dibayar donatur tetap PBPU, bukan dibayar pemda, sehingga "
        "tidak dihitung dalam porsi dibayar pemda yang disyaratkan {category}: jangan "
        "sertakan donatur, atau pilih kategori lain"
    ),
    "budget.needs_pbpu": (
        "jalan (a) memerlukan jumlah peserta PBPU terdaftar dan aktif setiap wilayah: "
        "tambahkan kolom PBPU dan PBPU Aktif ke dalam berkas"
    ),
    "budget.share": (
        "provinsi membayar {share} dari setiap iuran, Rp{province} dari Rp{premium} per jiwa "
        "per bulan (dibulatkan ke atas ke rupiah), dan kabupaten/kota membayar sisanya"
    ),
    "budget.donors": (
        "{donors} donatur menyumbang Rp{donated} seluruhnya (Donasi JKN: badan usaha membayar "
        "iuran peserta PBPU setelah pekerjanya sendiri terdaftar); dana ini dipakai lebih dulu"
    ),
    # reports (issue 19)
    "title.of_region": "{region}: {title}",
    "label.subtitle": "Judul berkas",
    "total.group_of": "{heading}: {value}",
    "group.empty": "(kosong)",
    "batch.more_rows_ordered": (
        "menampilkan {shown} baris pertama dari {count}, menurut urutan yang diminta; -f csv,"
        " -o BERKAS.xlsx atau --all-rows untuk semua baris"
    ),
    "report.more_rows_ordered": (
        "ditampilkan {shown} wilayah pertama dari {count}, menurut urutan yang diminta; "
        "jumlahnya menghitung semuanya. Semua baris: -o dengan .xlsx atau .csv"
    ),
    "chart.made": "Dibuat dengan jkngap, {date}",
    "chart.source": "Sumber: {source}",
    "chart.first_regions": "{shown} wilayah pertama dari {count}",
    "chart.furthest_regions": "{shown} dari {count} wilayah yang terjauh dari target",
    "output.nothing_to_chart": (
        "jawaban ini tidak memuat cakupan atau keaktifan untuk dibuat diagram: tulis sebagai "
        ".html, .xlsx atau .csv"
    ),
    "note.percent_cut": (
        "persentase dipotong, bukan dibulatkan, agar tidak tampak mencapai target yang belum "
        "tercapai: 98,509 % di sini 98,50 %, di Excel 98,51 %"
    ),
    "sheet.details": "Rincian",
    # Issue 18 (trust-core): answers from published figures, headroom, check's joint search.
    "number.too_many_digits": (
        "'{text}' memiliki lebih banyak angka daripada angka resmi mana pun (paling banyak {most})"
    ),
    "value.too_large": (
        "jumlah atau nominal lebih dari {most} angka: lebih besar dari yang diterima jkngap"
    ),
    "active.rate_above_100": (
        "tingkat keaktifan {text} dari peserta tidak mungkin: peserta aktif adalah bagian "
        "dari peserta terdaftar"
    ),
    "note.active_over_population": (
        "peserta aktif lebih banyak dari {population} penduduk: peserta terdaftar juga "
        "(cakupan di atas 100 %)"
    ),
    "label.registered_headroom": "Peserta yang boleh keluar",
    "label.active_headroom": "Peserta aktif yang boleh nonaktif",
    "label.required_active_range": "Peserta aktif yang diperlukan",
    "segment.part_no_total": (
        "segmen yang diberikan hanya sebagian peserta, bukan jumlahnya: berikan {registered} "
        "dan {active} untuk jumlahnya, atau kelima segmen"
    ),
    "note.segments_part": (
        "kurang dari lima segmen hanya sebagian peserta, bukan jumlahnya: jumlahnya dari "
        "{registered} atau cakupan terpublikasi"
    ),
    "label.region_paid_pct_range": "Dibayar pemda (PBI APBD), dari penduduk",
    "check.inactive_short": (
        "{active} aktif dan {inactive} nonaktif berjumlah {total}, kurang {off} dari "
        "{registered} peserta terdaftar"
    ),
    "check.inactive_over": (
        "{active} aktif dan {inactive} nonaktif berjumlah {total}, lebih {off} dari "
        "{registered} peserta terdaftar"
    ),
    "cost.nothing": "berikan {people} atau {budget}",
    "cost.needs_pbpu": (
        "kekurangan keaktifan dihitung lewat jalur (a), yang memerlukan jumlah peserta "
        "terdaftar dan aktif PBPU ({example})"
    ),
    "note.segments_above_registered": (
        "jumlah segmen yang diberikan {total}, lebih dari {registered} peserta terdaftar yang "
        "paling banyak dimungkinkan angka-angkanya"
    ),
    "option.one_of": "isi {first} atau {second}",
    "allocate.row_reason": "baris {line}, {name}: {reason}",
    "allocate.rollup_no_segments": (
        "penjumlahan (roll-up) hanya menjumlahkan angka pokok, bukan kolom segmen yang "
        "menjadi dasar biaya jalan (a): berikan berkas berisi wilayah yang akan dipilih"
    ),
    "allocate.per_agent_needs_roster": "baris per agen memerlukan daftar agen (--roster)",
    "allocate.idle_areas": (
        "{count} wilayah tidak punya kebutuhan dan tidak mendapat agen: tidak ditampilkan di "
        "sini (--all-rows menampilkannya; semua format berkas memuatnya)"
    ),
    "budget.idle_regions": (
        "{count} wilayah sudah mencapai sasaran dan tidak memerlukan apa pun: tidak "
        "ditampilkan di sini (--all-rows menampilkannya; semua format berkas memuatnya)"
    ),
    "allocate.more_rows": (
        "{shown} dari {count} baris ditampilkan: --all-rows untuk semuanya, atau -o ke berkas"
    ),
    "allocate.agents_by_line": (
        "agen disebut di sini dengan nomor barisnya dalam daftar agen, tidak pernah dengan "
        "labelnya (yang bisa berupa nama orang); berkas yang ditulis dengan -o atau -f json, "
        "csv memuat label dari daftar agen"
    ),
    "allocate.no_sheets": (
        "kecamatan terlalu banyak untuk satu lembar cetak masing-masing: semua baris ada di "
        "lembar Hasil"
    ),
    "title.allocate_agents": "Pembagian agen menurut kebutuhan",
    "title.allocate_roster": "Penempatan agen dalam daftar menurut kebutuhan",
    "title.allocate_budget": "Wilayah yang dibawa anggaran ke sasaran",
    "title.allocate_summary": "Ringkasan",
    "sheet.summary": "Ringkasan",
    "sheet.other": "Baris lain",
    "chart.allocate": "{figure}, per baris menurut urutan tabel",
    "chart.chosen": "dipilih",
    "chart.not_chosen": "tidak dipilih",
    "chart.first_rows": "({count} baris pertama)",
    "column.need": "Kebutuhan",
    "column.agents": "Agen",
    "column.per_agent_per_week": "Per agen seminggu",
    "column.per_agent_per_working_day": "Per agen sehari",
    "column.households_per_agent_per_week": "KK per agen seminggu",
    "column.roster_row": "Baris daftar",
    "column.near": "Dekat asal",
    "column.days_a_week": "Hari seminggu",
    "column.people": "Jiwa",
    "column.per_week": "Seminggu",
    "column.per_working_day": "Sehari",
    "column.status": "Jalan (a)",
    "column.cost": "Biaya setahun",
    "column.chosen": "Dipilih",
    "label.kecamatan_code": "Kode kecamatan",
    "label.households": "KK yang dikunjungi",
    "label.need": "Kebutuhan (jiwa yang dijangkau)",
    "label.agent_days": "Hari-agen per minggu",
    "label.raised": "Dinaikkan menjadi satu oleh aturan paling sedikit satu",
    "label.left_out": "Tidak mendapat agen",
    "label.per_agent_per_week": "Per agen per minggu",
    "label.allocate_agents.per_agent_per_week": "Jiwa per agen per minggu",
    "label.allocate_agents.per_agent_per_working_day": "Jiwa per agen per hari kerja",
    "label.allocate_roster.per_agent_per_week": "Jiwa per agen per minggu",
    "label.allocate_roster.per_agent_per_working_day": "Jiwa per agen per hari kerja",
    "label.registrants_per_agent_per_week": "Pendaftaran per agen per minggu",
    "label.registrants_per_agent_per_working_day": "Pendaftaran per agen per hari kerja",
    "label.active_per_agent_per_week": "Aktivasi per agen per minggu",
    "label.households_per_agent_per_week": "KK per agen per minggu",
    "label.households_per_agent_per_working_day": "KK per agen per hari kerja",
    "label.method": "Metode",
    "label.need_for": "Dibagi menurut kebutuhan",
    "label.areas": "Jumlah wilayah",
    "label.areas_with_need": "Wilayah yang punya kebutuhan",
    "label.areas_with_agents": "Wilayah yang mendapat agen",
    "label.areas_without_agents": "Wilayah berkebutuhan yang tidak mendapat agen",
    "label.areas_raised": "Wilayah yang dinaikkan menjadi satu",
    "label.rows_unread": "Baris yang tidak terbaca",
    "label.days_away_from_home": "Hari-agen per minggu di luar wilayah asal",
    "label.agent": "Agen",
    "label.roster_row": "Baris daftar agen",
    "label.home": "Wilayah asal, seperti ditulis",
    "label.home_code": "Kode wilayah asal",
    "label.near": "Jarak dari wilayah asal",
    "label.days_a_week": "Hari per minggu di sana",
    "label.allocate_roster.people": "Jiwa yang dijangkau",
    "label.allocate_roster.per_week": "Jiwa per minggu",
    "label.allocate_roster.per_working_day": "Jiwa per hari kerja",
    "label.allocate_roster.households": "KK yang dikunjungi",
    "label.households_listed": "KK dalam daftar",
    "label.people_listed": "Jiwa dalam daftar",
    "label.visit_runs": "KK per agen",
    "label.first_household": "KK pertama",
    "label.last_household": "KK terakhir",
    "label.list_rows_outside": "Baris daftar di luar berkas",
    "label.households_without_agents": "KK tanpa agen",
    "label.households_per_week": "KK per minggu",
    "label.pbpu_inactive": "Peserta PBPU nonaktif",
    "label.region_paid": "Peserta PBI APBD",
    "label.status": "Jalan (a)",
    "label.allocate_budget.people": "Jiwa yang dialihkan",
    "label.cost": "Biaya terkecil setahun",
    "label.province_pays": "Dibayar provinsi",
    "label.region_pays": "Dibayar kabupaten/kota",
    "label.chosen": "Dipilih",
    "label.activity_pct_after": "Keaktifan setelah dipilih",
    "label.goal": "Sasaran yang dihitung",
    "label.reason": "Alasan",
    "label.aim": "Sasaran",
    "label.maximise": "Dipilih untuk sebanyak mungkin",
    "label.donors": "Donatur",
    "label.each": "Sumbangan setiap donatur",
    "label.donated": "Seluruh sumbangan",
    "label.share_pct": "Porsi provinsi dari setiap iuran",
    "label.province_per_person_month": "Dibayar provinsi per jiwa per bulan",
    "label.per_person": "Biaya satu jiwa setahun dari dana ini",
    "label.regions_read": "Jumlah wilayah",
    "label.regions_already_met": "Wilayah yang sudah mencapai sasaran",
    "label.regions_chosen": "Wilayah yang dipilih",
    "label.regions_reaching": "Wilayah yang mencapai sasaran",
    "label.regions_priced": "Wilayah yang dihitung biayanya",
    "label.regions_unreachable": "Wilayah yang tidak terjangkau jalan (a) saja",
    "label.regions_unpriced": "Wilayah yang tidak dapat dihitung biayanya",
    "label.people_activated": "Jiwa yang menjadi aktif",
    "label.spent": "Terpakai",
    "label.left": "Sisa",
    "label.left_people": "Jiwa setahun yang dapat dibayar sisanya",
    "label.cost_of_all": "Biaya semua wilayah yang dihitung",
    "label.regions_pay": "Dibayar kabupaten/kota",
    "label.donor_people": "Jiwa setahun yang dibayar donatur",
    "label.paid_by_donors": "Dibayar donatur",
    "label.paid_by_region": "Dibayar pemda",
    "label.region_paid_share_pct": "Porsi belanja yang dibayar pemda",
    "method.largest_remainder": "sisa terbesar (Hamilton)",
    "need_for.both": "pendaftaran dan pengaktifan",
    "need_for.registrants": "pendaftaran",
    "need_for.active": "pengaktifan",
    "near.home": "wilayah asal",
    "near.kecamatan": "kecamatan yang sama",
    "near.kabupaten": "kabupaten/kota yang sama",
    "near.provinsi": "provinsi yang sama",
    "near.elsewhere": "tempat lain",
    "budget_status.met": "sudah mencapai",
    "budget_status.priced": "dihitung",
    "budget_status.unreachable": "tak terjangkau",
    "budget_status.unpriced": "tak terhitung",
    "budget_status.unread": "tak terbaca",
    "aim.activity": "target keaktifan",
    "aim.pratama": "UHC Awards Pratama",
    "aim.madya": "UHC Awards Madya",
    "aim.utama": "UHC Awards Utama",
    "maximise.regions": "wilayah",
    "maximise.people": "jiwa",
    # help (issue 19): every command's and option's help, the names of their values, the
    # help page's own words
    "help.command.jkngap": (
        "Seberapa jauh suatu wilayah dari target JKN? Kekurangan yang tepat menuju UHC (cakupan "
        "98 %) dan UHC Prioritas (keaktifan 80 %), dari jumlah atau persentase terpublikasi."
    ),
    "help.command.needed": (
        "Kebutuhan peserta baru untuk mencapai target cakupan (peserta terdaftar / penduduk)."
        "\n\n"
        "Dengan --pop saja: berapa peserta yang menjadi target. Dengan dua dari --pop, "
        "--registered dan --coverage terpublikasi: berapa lagi yang harus mendaftar (berupa "
        "rentang bila melibatkan persentase terpublikasi yang dibulatkan; batas atasnya adalah "
        "angka yang pasti mencapai target)."
    ),
    "help.command.active": (
        "Kebutuhan peserta aktif untuk mencapai target keaktifan, lewat kedua jalur."
        "\n\n"
        "Mengaktifkan kembali peserta nonaktif, atau mendaftarkan peserta baru yang langsung "
        "aktif: pada basis peserta setiap peserta baru juga menambah jumlah peserta terdaftar, "
        "sehingga jalur itu memerlukan beberapa kali lipat jiwa. Tanpa --registered, --pop (atau "
        "--region) dengan --coverage terpublikasi memberi peserta terdaftar sebagai rentang, dan "
        "setiap jawaban juga. Dengan --segment: di segmen mana peserta nonaktif berada; 'jkngap "
        "segments' juga menyebut biayanya bagi pemda."
    ),
    "help.command.status": (
        "Putusan UHC dan UHC Prioritas suatu wilayah, dengan setiap kekurangan di baliknya."
        "\n\n"
        "Jumlah memberi kekurangannya; persentase terpublikasi saja sudah cukup untuk putusannya."
    ),
    "help.command.plan": (
        "Laju menuju tenggat: pendaftaran dan pengaktifan per bulan, minggu, hari kerja dan agen,"
        " dengan capaian antara per bulan."
        "\n\n"
        "Hari kerja adalah Senin sampai Jumat, dikurangi hari libur nasional Indonesia."
    ),
    "help.command.cost": (
        "Anggaran iuran untuk N jiwa, atau jumlah jiwa yang dapat dibiayai suatu anggaran."
        "\n\n"
        "Dengan --pop dan --registered (atau --coverage) dihitung biaya kekurangan cakupan: "
        "mendaftarkan penduduk yang belum terdaftar sebagai PBI APBD, dibayar dari APBD. Dengan "
        "--segment (dan --registered, --active) dihitung biaya kekurangan keaktifan lewat jalur "
        "termurah: mengalihkan peserta PBPU nonaktif menjadi PBI APBD ('jkngap segments' "
        "menampilkan setiap jalur)."
    ),
    "help.command.check": (
        "Apakah angka-angka terpublikasi saling sesuai, dengan memperhitungkan persentase yang "
        "dibulatkan."
        "\n\n"
        "Juga: segmen yang jumlahnya tidak sama dengan total, peserta aktif dan nonaktif yang "
        "tidak berjumlah sama dengan peserta terdaftar, jumlah peserta terdaftar yang tepat sama "
        "dengan suatu target dari jumlah penduduk, dan persentase yang dua angkanya tertukar."
        "\n\n"
        "Keluar dengan kode 0 bila semua sesuai, 1 bila ada yang tidak sesuai, 2 bila tidak ada "
        "yang dapat dibandingkan."
    ),
    "help.command.segments": (
        "Keaktifan per segmen peserta, dan jalur termurah menuju target keaktifan."
        "\n\n"
        "Jalur: (a) pemda mengalihkan peserta PBPU (mandiri) nonaktif menjadi PBI APBD, "
        "tunggakannya dihapus, iurannya dibayar dari APBD; (b) peserta membayar kembali, termasuk"
        " tunggakannya; (c) peserta baru yang langsung aktif. Iuran dan jumlah bulan bawaannya "
        "menurut Perpres 64/2020."
    ),
    "help.command.batch": (
        "Untuk setiap wilayah dalam berkas: cakupan, keaktifan, kekurangan dan putusan, dengan "
        "jumlahnya."
        "\n\n"
        "Setiap baris masukan muncul di keluaran, dengan nomor barisnya; baris yang tidak terbaca"
        " menyebut sebabnya di kolom galatnya, dan perintah keluar dengan kode 3 setelah semuanya"
        " ditulis."
    ),
    "help.command.allocate": (
        "Membagi agen atau anggaran di antara wilayah dalam berkas, ke tempat yang membawanya ke "
        "target."
        "\n\n"
        "agents: agen lapangan dibagi sebanding dengan kebutuhan setiap wilayah, dengan laju "
        "setiap agen menuju tenggat; budget: wilayah yang dibawa anggaran ke target keaktifan, "
        "dipilih secara tepat. Baris dibaca seperti batch membacanya."
    ),
    "help.command.allocate.agents": (
        "Agen lapangan dibagi di antara wilayah dalam berkas sebanding dengan kebutuhannya, "
        "dengan laju setiap agen menuju tenggat."
        "\n\n"
        "Agen utuh menurut metode sisa terbesar, berjumlah sama dengan --agents; setiap wilayah "
        "yang punya kebutuhan mendapat paling sedikit satu selama agen masih ada (wilayah yang "
        "tidak mendapat agen disebutkan). Laju per minggu dan per hari kerja memakai kalender "
        "plan. -f plain mencetak jumlah wilayah berkebutuhan yang tidak mendapat agen (0: "
        "semuanya ada yang menangani). Baris yang tidak terbaca tidak mendapat apa pun, dan "
        "perintah keluar dengan kode 3 setelah semuanya ditulis. Dengan --visits, KK dalam "
        "daftar match dibagi di antara agen setiap wilayah menurut urutannya, ke berkas yang "
        "hanya dapat dibaca oleh Anda."
    ),
    "help.command.allocate.budget": (
        "Wilayah dalam berkas yang dibawa anggaran ke target keaktifan, dipilih secara tepat, dan"
        " sisanya."
        "\n\n"
        "Biaya tahunan terkecil setiap wilayah lewat jalur (a): peserta PBPU nonaktif dialihkan "
        "menjadi PBI APBD (kolom segmen PBPU dan PBPU Aktif, seperti yang ditemukan batch). "
        "Pilihannya memberi wilayah terbanyak yang mencapai sasaran, atau jiwa terbanyak yang "
        "menjadi aktif, secara tepat; suatu wilayah diambil utuh atau tidak sama sekali. -f plain"
        " mencetak jumlah wilayah yang mencapai sasaran setelah dana terpakai. Baris yang tidak "
        "terbaca tidak mendapat apa pun, dan perintah keluar dengan kode 3."
    ),
    "help.command.match": (
        "Data penduduk dan data kepesertaan (serta desil kesejahteraan, peserta yang dibiayai "
        "pemda) dicocokkan menurut NIK, per desa: siapa yang belum terdaftar, terdaftar tetapi "
        "tidak ada di data penduduk, tercatat dua kali, ber-NIK tidak sah atau dirusak Excel, "
        "dan siapa yang dapat diambil alih pemda sebagai PBI APBD."
        "\n\n"
        "Setiap daftar berupa berkas CSV, TSV, XLSX atau Parquet berisi orang. Tabel per desa "
        "memuat cakupan, keaktifan dan putusan seperti batch, dan merupakan berkas wilayah yang "
        "dibaca batch dan allocate (-o desa.csv). -f plain mencetak jumlah penduduk yang belum "
        "terdaftar. Daftar orang hanya ditulis ke berkas (--list), yang hanya dapat dibaca "
        "pemiliknya; NIK, nama atau tanggal lahir tidak pernah tampil di terminal atau dalam "
        "pesan. Keluar dengan kode 2 bila suatu daftar tidak dapat dibaca."
    ),
    "help.option.match.population": ("Data penduduk (ekstrak Dukcapil, data desa): NIK, KK, desa."),
    "help.option.match.members": "Data kepesertaan (BPJS, e-Dabu): NIK, status, segmen, desa.",
    "help.option.match.welfare": "Desil kesejahteraan (DTSEN): NIK dan desil.",
    "help.option.match.region_paid": "Peserta yang dibiayai pemda (PBPU Pemda, PBI APBD): NIK.",
    "help.option.match.column": (
        'Kolom suatu daftar menurut judulnya, bila namanya tidak dikenal: members.nik="No '
        'Identitas" (peran: nik, nik_hash, kk, desa, status, segment, decile).'
    ),
    "help.option.match.rollup": (
        "Jumlahkan desa menjadi kecamatan, kabupaten atau provinsi, masing-masing dinilai dari "
        "jumlah angkanya."
    ),
    "help.option.match.min_cell": (
        "Sembunyikan setiap angka di bawah ini (dan yang dapat membukanya) dalam tabel."
    ),
    "help.option.match.key_file": (
        "Cocokkan hash berkunci (HMAC-SHA256) NIK yang dibuat dengan kunci rahasia ini, agar "
        "daftar yang di-hash instansi lain dengan kunci yang sama dapat dicocokkan; daftar boleh "
        "berisi nik_hash."
    ),
    "help.option.match.lists": (
        "Tulis orang dalam suatu kategori ke berkasnya sendiri: not-registered, takeover, "
        "not-in-population, region-paid-high-decile, unregistered-low-decile, duplicates, "
        "invalid, damaged (dapat diulang)."
    ),
    "help.option.match.list_dir": ("Folder tempat daftar orang ditulis, satu berkas per kategori."),
    "help.option.match.list_format": "Format daftar: csv atau xlsx [bawaan: csv].",
    "help.option.match.reveal_nik": (
        "Tulis NIK dan nomor KK lengkap di berkas daftar (tidak pernah ke terminal); selain itu "
        "disamarkan (3201********0001)."
    ),
    "help.option.match.hashed": (
        "Dengan --key-file: salinan suatu daftar dengan NIK dan nomor KK diganti hash "
        "berkuncinya, untuk instansi lain: population=penduduk-hash.csv."
    ),
    "help.option.match.register": (
        "Beri nama desa, dan periksa kode kecamatan NIK, menurut register Kepmendagri."
    ),
    "help.option.match.memory_limit": (
        "Memori yang boleh dipakai mesin sebelum menumpahkan data ke folder pribadinya [bawaan: "
        "1536MB]."
    ),
    "help.option.match.threads": "Jumlah thread yang boleh dipakai mesin [bawaan: 2].",
    "help.metavar.LIST.ROLE=HEADER": "DAFTAR.PERAN=JUDUL",
    "help.metavar.LIST=FILE": "DAFTAR=BERKAS",
    "help.metavar.CATEGORY": "KATEGORI",
    "help.metavar.DIR": "FOLDER",
    "help.metavar.FORMAT": "FORMAT",
    "help.metavar.SIZE": "UKURAN",
    "help.command.region": (
        "Wilayah dalam register Kepmendagri menurut kode atau nama, dengan jumlah penduduknya."
        "\n\n"
        "Nama boleh berbeda huruf besar-kecil, spasi, Kab./Kabupaten dan salah ketik kecil; "
        "setiap wilayah yang cocok dicantumkan, dengan kode, tingkat, induk dan jumlah "
        "penduduknya (Dukcapil, Desember 2024, untuk provinsi dan kabupaten/kota). Register: "
        "Kepmendagri No 300.2.2-2138 Tahun 2025, dari github.com/cahyadsn/wilayah (lisensi MIT)."
    ),
    "help.option.version": "Tampilkan versi.",
    "help.option.install_completion": "Pasang pelengkapan perintah untuk shell ini.",
    "help.option.show_completion": (
        "Tampilkan pelengkapan perintah untuk shell ini, untuk disalin atau dipasang sendiri."
    ),
    "help.option.pop": "Jumlah penduduk: 590393 atau 590.393.",
    "help.option.region": (
        'Wilayah dalam register Kepmendagri menurut kode atau nama (63.03, "Kab. Banjar"): jumlah'
        " penduduknya (Dukcapil, Desember 2024) kecuali --pop diberikan."
    ),
    "help.option.registered": "Peserta JKN terdaftar.",
    "help.option.coverage": "Cakupan terpublikasi dalam % (97,63 atau 97.63).",
    "help.option.target": "Target cakupan dalam % [bawaan: 98, kriteria 2025].",
    "help.option.active.target": "Target keaktifan dalam % [bawaan: 80, kriteria 2025].",
    "help.option.segments.target": "Target keaktifan dalam % [bawaan: 80, kriteria 2025].",
    "help.option.rounding": "Cara persentase terpublikasi dibawa ke desimalnya.",
    "help.option.check.rounding": "Cara persentase dalam laporan dibawa ke desimalnya.",
    "help.option.fmt": "Format keluaran [bawaan: table di terminal, tsv selainnya].",
    "help.option.lang": "Bahasa label dan pesan: {languages} [bawaan: $JKNGAP_LANG, lalu en].",
    "help.option.output": "Tulis ke BERKAS, dalam format yang disebut ekstensinya ({extensions}).",
    "help.option.title": (
        "Judul laporan (-o .html, .pdf, .xlsx) [bawaan: dari berkas atau wilayahnya]."
    ),
    "help.option.source": (
        'Asal angka-angkanya, disebut dalam laporan: "BPJS Kesehatan, Mei 2025".'
    ),
    "help.option.excel": (
        "Dengan -f csv atau -o BERKAS.csv: CSV seperti yang dibuka Excel dalam bahasa --lang "
        "(bahasa Indonesia: titik koma, koma desimal), dengan tanda urutan bita (BOM)."
    ),
    "help.option.active": "Peserta aktif.",
    "help.option.active_rate": "Tingkat keaktifan terpublikasi dalam % (79,96).",
    "help.option.segment": (
        "Peserta suatu segmen: NAMA=TERDAFTAR atau NAMA=TERDAFTAR/AKTIF, dapat diulang; NAMA "
        "adalah pbi-apbn, pbi-apbd, ppu, pbpu atau bp (juga PBI JK, mandiri, PBPU Pemda, ...)."
    ),
    "help.option.base": "Keaktifan sebagai bagian dari peserta atau dari penduduk.",
    "help.option.criteria_name": (
        "Kriteria ambang: 2025, 2023 (2025: 98 % dan 80 %; 2023: 95 % dan 75 %)."
    ),
    "help.option.coverage_target": "Ganti ambang cakupan kriteria (%).",
    "help.option.activity_target": "Ganti ambang keaktifan kriteria (%).",
    "help.option.awards": (
        "Nilai kategori UHC Awards menurut ketentuan suatu tahun (2026: Pratama, Madya, Utama; "
        "menurut pemberitaan). Berikan --segment pbi-apbd=N untuk porsi yang dibayar pemda."
    ),
    "help.option.allocate.budget.awards": (
        "Menyasar suatu kategori UHC Awards (ketentuan menurut pemberitaan: 2026), bukan target "
        "keaktifan."
    ),
    "help.option.award": (
        "Ganti aturan suatu kategori: KATEGORI=CAKUPAN/KEAKTIFAN[/DIBAYAR_PEMDA], dalam %; ulangi"
        " untuk aturan yang cukup salah satunya (madya=98/85 --award madya=98/80/25)."
    ),
    "help.option.exit_code": (
        "Keluar dengan kode 1 bila suatu target pasti tidak tercapai (putusan yang tidak dapat "
        "ditentukan bukan tidak)."
    ),
    "help.option.by": "Tenggat: 2025-12-31, atau 2025-07 untuk akhir Juli.",
    "help.option.start": "Hari pertama upaya [bawaan: hari ini].",
    "help.option.active_target": "Target keaktifan dalam % [bawaan: 80, kriteria 2025].",
    "help.option.agents": "Agen (agen pesiar, kader) yang berbagi pekerjaan.",
    "help.option.allocate.agents.agents": (
        "Agen (agen pesiar, kader) yang dibagi di antara wilayah."
    ),
    "help.option.growth": "Pertumbuhan penduduk per tahun dalam %, dibagi rata.",
    "help.option.holiday": (
        "Hari libur tambahan (cuti bersama, libur daerah); ulangi untuk lebih banyak."
    ),
    "help.option.national_holidays": "Keluarkan hari libur nasional Indonesia dari hari kerja.",
    "help.option.people": "Jiwa yang iurannya dibayar.",
    "help.option.budget": "Anggaran setahun: Rp310 miliar, 310000000000.",
    "help.option.segments.budget": (
        "Anggaran APBD setahun untuk jalur (a): jiwa yang didaftarkannya dan keaktifan yang "
        "dicapainya."
    ),
    "help.option.allocate.budget.budget": (
        "Dana setahun yang dibelanjakan (dana provinsi, dengan --share)."
    ),
    "help.option.premium": (
        "Iuran PBI per bulan yang dibayar pemda untuk setiap jiwa yang didaftarkan."
    ),
    "help.option.cost.premium": "Iuran per jiwa per bulan [bawaan: 42000, PBI, Perpres 64/2020].",
    "help.option.member_class": "Iuran menurut kelas: pbi, kelas-3, kelas-2, kelas-1.",
    "help.option.months": "Jumlah bulan iuran dalam tahun anggaran.",
    "help.option.cost.months": "Jumlah bulan yang dibayar.",
    "help.option.inactive": "Terpublikasi: peserta nonaktif.",
    "help.option.registrants_needed_text": "Terpublikasi: kebutuhan peserta baru.",
    "help.option.active_needed_text": "Terpublikasi: kebutuhan peserta aktif.",
    "help.option.member_premium": (
        "Iuran per bulan yang dibayar peserta yang membayar kembali (bagian peserta kelas III)."
    ),
    "help.option.arrears_months": (
        "Jumlah bulan tunggakan terbanyak yang dibayar peserta yang membayar kembali."
    ),
    "help.option.files": (
        "Berkas CSV, TSV, CSV titik koma, JSON, JSON lines atau XLSX; - untuk masukan standar."
    ),
    "help.option.sheet": "Lembar Excel yang dibaca [bawaan: lembar pertama].",
    "help.option.header_row": (
        "Baris judul kolom [bawaan: dicari di antara 20 baris pertama, di bawah judul berkas]."
    ),
    "help.option.delimiter": (
        "Pemisah kolom: , ; atau tab [bawaan: dari ekstensi, atau dari judul kolom]."
    ),
    "help.option.match.encoding": (
        "Pengodean teks daftar yang tidak membawa tanda urutan bita: utf-8, latin-1 atau "
        "cp1252 (Windows; keduanya dibaca sama) atau utf-16."
    ),
    "help.option.encoding": (
        "Pengodean teks berkas yang tidak membawa tanda urutan bita (tanda pada berkas yang "
        "menentukan)."
    ),
    "help.option.column": (
        'Petakan judul kolom yang tidak dikenal pembaca: population="Jml Pddk" (peran: region, '
        "code, population, registered, active, coverage, active_rate)."
    ),
    "help.option.fill_population": (
        "Ambil jumlah penduduk yang kosong pada baris provinsi atau kabupaten/kota dari register "
        "(Dukcapil, Desember 2024), ditandai di kolom population_source."
    ),
    "help.option.register": (
        "Periksa kode dan nama setiap baris terhadap register Kepmendagri, dan sebut baris yang "
        "hanya berisi kode."
    ),
    "help.option.check_rows": (
        "Bandingkan kolom persentase terpublikasi (cakupan, keaktifan) dengan jumlahnya, baris "
        "demi baris."
    ),
    "help.option.sort": "Urutkan menurut kolom keluaran, misalnya registrants_needed.",
    "help.option.reverse": "Urutkan dari yang terbesar.",
    "help.option.only_unmet": (
        "Hanya wilayah yang belum mencapai target (dan baris yang tidak terbaca)."
    ),
    "help.option.group_by": "Subjumlah menurut kolom keluaran.",
    "help.option.total": "Akhiri dengan baris jumlah.",
    "help.option.rollup": (
        "Jumlahkan baris menurut kodenya menjadi kecamatan, kabupaten (dan kota) atau provinsi, "
        "dinamai dari register, masing-masing dihitung dari jumlah angkanya."
    ),
    "help.option.raw": (
        "Biarkan sel teks apa adanya dalam keluaran CSV dan XLSX (rumus tidak dinetralkan)."
    ),
    "help.option.all_rows": "Dalam tabel, semua baris, bukan satu layar saja.",
    "help.option.roster": (
        "Sebagai ganti --agents: berkas berisi agen, wilayah asal dan hari kerja seminggu (1 "
        "sampai 5); hari setiap agen ditempatkan sedekat mungkin dengan wilayah asalnya sejauh "
        "pembagian memungkinkan. Beri label agen dengan kode: tabel menampilkannya menurut baris "
        "daftar agen."
    ),
    "help.option.need": (
        "Kebutuhan yang menjadi dasar pembagian agen: pendaftaran dan pengaktifan, atau salah "
        "satunya."
    ),
    "help.option.per_agent": (
        "Dengan --roster: satu baris per agen dan wilayah kerjanya, bukan per wilayah."
    ),
    "help.option.visits": (
        "Daftar yang ditulis match --list (CSV atau XLSX; ulangi untuk lebih dari satu): KK "
        "setiap wilayah, menurut urutan daftar, dibagi di antara agennya, ke berkas tersendiri."
    ),
    "help.option.visits_dir": (
        "Dengan --visits: folder daftar kerja agen (visits.csv atau visits.xlsx), hanya dapat "
        "dibaca oleh Anda."
    ),
    "help.option.allocate.agents.list_format": (
        "Dengan --visits: format daftar kerja: csv atau xlsx [bawaan: csv]."
    ),
    "help.option.allocate.agents.reveal_nik": (
        "Dengan --visits: NIK dan nomor KK lengkap di daftar kerja bila daftarnya memuatnya "
        "(tidak pernah ke terminal); selain itu disamarkan. Daftar yang disamarkan tetap "
        "disamarkan."
    ),
    "help.option.maximise": (
        "Pilih untuk wilayah terbanyak yang mencapai sasaran, atau jiwa terbanyak yang menjadi "
        "aktif."
    ),
    "help.option.category": (
        "Kategori penghargaan yang disasar: pratama, madya, utama [bawaan: pratama; bila sendiri,"
        " dari ketentuan 2026]."
    ),
    "help.option.share": (
        "Provinsi membayar % ini dari setiap iuran, setiap kabupaten/kota sisanya."
    ),
    "help.option.donors": "Badan usaha yang membayar iuran peserta (Donasi JKN, CSR).",
    "help.option.each": "Sumbangan setiap donatur setahun, dengan --donors.",
    "help.option.query": 'Kode (63.03, 6303) atau nama ("Kab. Banjar", banjar, "kota banjar").',
    "help.option.children": "Cantumkan wilayah satu tingkat di bawah wilayah yang ditemukan.",
    "help.examples": "Contoh:",
    "help.usage": "Penggunaan:",
    "help.heading.Options": "Opsi",
    "help.heading.Commands": "Perintah",
    "help.heading.Arguments": "Argumen",
    "help.default": "bawaan",
    "help.required": "wajib",
    "help.help": "Tampilkan pesan ini lalu keluar.",
    "help.options_metavar": "[OPSI]",
    "help.command_metavar": "PERINTAH [ARG]...",
    "help.metavar.N": "N",
    "help.metavar.CLASS": "KELAS",
    "help.metavar.NAME": "NAMA",
    "help.metavar.RULE": "ATURAN",
    "help.metavar.ROLE=HEADER": "PERAN=JUDUL",
    "help.metavar.LANG": "BAHASA",
    "help.metavar.NAME=COUNT[/COUNT]": "NAMA=JUMLAH[/JUMLAH]",
    "help.metavar.PRESET": "KRITERIA",
    "help.metavar.COUNT": "JUMLAH",
    "help.metavar.CHAR": "KARAKTER",
    "help.metavar.CODE|NAME": "KODE|NAMA",
    "help.metavar.TEXT": "TEKS",
    "help.metavar.COLUMN": "KOLOM",
    "help.metavar.LEVEL": "TINGKAT",
    "help.metavar.DATE": "TANGGAL",
    "help.metavar.AMOUNT": "NOMINAL",
    "help.metavar.YEAR": "TAHUN",
    "help.metavar.QUERY": "KODE|NAMA",
    "help.metavar.FILE...": "BERKAS...",
    "help.metavar.PERCENT": "PERSEN",
    "help.metavar.FILE": "BERKAS",
    # trend and compare (issue 21)
    "help.command.trend": (
        "Apakah kita bergerak cukup cepat, dan kapan sampai? Potret data wilayah yang sama "
        "pada dua tanggal atau lebih, per wilayah dan jumlahnya."
        "\n\n"
        "Tanggal setiap potret data: FILE@2025-07-01 seperti diketik, atau kolom tanggal "
        "(date, tanggal, per, periode, bulan), atau tanggal pada baris judul berkas, atau "
        'pada nama berkas ("Juli 2025" berarti tanggal 1). Wilayah dicocokkan menurut kode '
        "(menurut nama dengan bantuan register bila berkas tidak memiliki kode); wilayah "
        "yang tidak ada pada suatu potret data tetap dicantumkan dan ditandai, tidak pernah "
        "dianggap nol. Untuk setiap wilayah: perubahan peserta terdaftar dan aktif serta "
        "cakupan dan keaktifan (poin persen) dari potret data pertama sampai terakhir, laju "
        "yang dicapai per bulan (sebulan adalah 30,436875 hari seperti pada plan; laju yang "
        "dicapai dibulatkan ke bawah), laju yang masih diperlukan untuk mencapai setiap "
        "target pada --by (persis seperti plan dari potret data terakhir: dibulatkan ke "
        "atas, dengan hari, hari kerja dan agen yang sama), hari penuh pertama setiap "
        "target tercapai pada laju ini (berupa rentang bila angkanya persentase yang "
        "dibulatkan), status yang diperoleh atau lepas, dan risiko (terpenuhi sekarang, "
        "menurun, dan lepas dalam --horizon bulan). -f plain mencetak jumlah wilayah yang "
        "tidak sesuai jalur. Baris yang tidak terbaca menandai wilayahnya tidak ada pada "
        "tanggal itu, dan perintah keluar dengan kode 3 setelah semuanya ditulis."
        "\n\n"
        "JSON: satu rekaman per wilayah dengan code, region, first_date, last_date, "
        "registered_change, active_change, registered_per_month, active_per_month, "
        "required_registered_per_month, required_active_per_month, uhc_date, prioritas_date "
        "(tanggal ISO, null bila sudah terpenuhi atau tidak pernah tercapai pada laju ini, "
        "dengan _low dan _high bila berupa rentang), status_change dan at_risk, di antara "
        'kunci yang dicantumkan docs/trend.md; lalu rekaman jumlahnya, dengan total "all".'
    ),
    "help.command.compare": (
        "Apakah dua sumber sesuai? Wilayah yang sama dari sumber A (acuan) dan B pada satu "
        "tanggal, per wilayah: BERKAS BERKAS."
        "\n\n"
        "Setiap angka dari setiap sumber, selisihnya (B dikurangi A) dan persentasenya "
        "terhadap angka A, kesimpulan menurut setiap sumber dan angka yang akan "
        "mengubahnya, serta wilayah yang tidak ada pada salah satu sumber (tetap "
        "dicantumkan, ditandai only_in). --tolerance memisahkan selisih kecil dari "
        "ketidaksesuaian. Berkas berisi beberapa tanggal memerlukan FILE@DATE. -f plain "
        "mencetak jumlah wilayah yang tidak sesuai atau hanya ada pada satu sumber; "
        "perintah keluar dengan kode 1 bila ada (seperti check), 3 bila ada baris yang "
        "tidak terbaca."
        "\n\n"
        "JSON: satu rekaman per wilayah dengan code, region, setiap angka menurut label "
        "sumbernya (registered_a, registered_b, ...), selisihnya (registered_difference, "
        "dalam jiwa, dan registered_difference_pct, terhadap A) dan kesesuaiannya, kedua "
        "kesimpulan (uhc_a, uhc_b, ...), agree dan only_in (a atau b, untuk wilayah yang "
        "tidak ada pada salah satu sumber), di antara kunci yang dicantumkan docs/trend.md; "
        'lalu jumlah wilayah yang ada pada kedua sumber, dengan total "all".'
    ),
    "help.option.date_column": (
        "Judul kolom tanggal, bila bukan date, tanggal, per, periode atau bulan."
    ),
    "help.option.population_file": (
        "Jumlah penduduk menurut kode wilayah sejak tanggal ini (angka semester Dukcapil), "
        "sebagai FILE@DATE atau berkas yang tanggalnya ada pada judul atau namanya; ulangi "
        "untuk tanggal lain. Kolom penduduk potret data itu sendiri didahulukan."
    ),
    "help.option.trend.by": (
        "Tenggat laju yang diperlukan: 2025-12-31, atau 2025-07 untuk akhir Juli [bawaan: "
        "tidak ada, tanpa laju yang diperlukan]."
    ),
    "help.option.trend.start": (
        "Hari pertama upaya yang masih akan dilakukan [bawaan: potret data terakhir setiap "
        "wilayah]."
    ),
    "help.option.trend.agents": "Jumlah agen, untuk laju per agen per hari kerja.",
    "help.option.horizon": (
        "Berisiko: target yang terpenuhi sekarang dan lepas dalam sekian bulan pada laju ini."
    ),
    "help.option.trend.awards": (
        "Nilai kategori UHC Awards pada setiap tanggal (ketentuan menurut pemberitaan: 2026)."
    ),
    "help.option.long": (
        "Satu baris per wilayah dan tanggal (bentuk panjang), bukan satu per wilayah."
    ),
    "help.option.tolerance": (
        "Batas selisih yang diabaikan: jumlah jiwa (100) atau persentase dari angka A (0,5%)."
    ),
    "help.option.compare.only_unmet": (
        "Hanya wilayah yang tidak sesuai (dan baris yang tidak terbaca)."
    ),
    "help.metavar.HEADER": "JUDUL",
    "help.metavar.FILE[@DATE]": "BERKAS[@TANGGAL]",
    "help.metavar.MONTHS": "BULAN",
    "help.metavar.COUNT|PERCENT": "JUMLAH|PERSEN",
    # the operating system's reasons a file was refused (issue 19), by error name
    "reason.not_a_file": "bukan berkas biasa",
    "reason.not_zip": "bukan arsip zip, padahal berkas .xlsx adalah arsip zip",
    # alasan arsip zip dan bagian XML buku kerja tidak dapat dibaca, dan alasan DuckDB
    # daftar tidak dapat dibaca (berkas pengguna penyebabnya), menurut galat pustakanya
    "reason.zip_damaged": "isi terkompresinya rusak: berkasnya terpotong atau telah berubah",
    "reason.xlsx_part_missing": "salah satu bagian yang dimiliki setiap buku kerja tidak ada",
    "reason.xml_broken": "salah satu bagiannya bukan XML yang utuh: berkasnya rusak atau terpotong",
    "reason.xml_forbidden": (
        "berkas ini mendeklarasikan entitas XML, yang ditolak: cara serangan yang dikenal "
        "terhadap program pembaca XML"
    ),
    "reason.csv_dialect": (
        "baris-barisnya tidak dapat dipisah menjadi sel dengan satu cara yang sama: ada tanda "
        "kutip yang dibuka tetapi tidak ditutup, carriage return tertinggal di dalam sel, atau "
        "teks dengan pengodean lain"
    ),
    "reason.line_past_limit": "ada baris yang lebih panjang dari {most} bita",
    "reason.not_parquet": "bukan berkas Parquet, atau berkas Parquet yang terpotong",
    # the csv and json modules' reasons a line cannot be read, by what they say
    "reason.field_too_long": "isi sel melebihi batas {most} karakter",
    "reason.unquoted_newline": "ada pindah baris di dalam sel tanpa tanda kutip",
    "reason.json_value": "diharapkan sebuah nilai",
    "reason.json_comma": "diharapkan tanda koma (,)",
    "reason.json_colon": "diharapkan tanda titik dua (:)",
    "reason.json_key": "diharapkan nama kunci di antara tanda kutip ganda",
    "reason.json_extra": "ada data lain setelah akhir nilai JSON",
    "reason.json_unterminated": "teks yang dibuka dengan tanda kutip tidak ditutup",
    "reason.json_control": "ada karakter kendali di dalam teks",
    "reason.json_escape": "urutan escape (\\) tidak sah",
    "reason.json_unicode_escape": "urutan escape \\uXXXX tidak sah",
    "reason.json_bom": "ada penanda BOM UTF-8 di awal (baca dengan utf-8-sig)",
    "reason.json_comma_or_end": "diharapkan tanda koma (,) atau ]",
    "reason.json_after_array": "tidak boleh ada apa pun setelah akhir larik",
    "system.ENOENT": "berkas atau folder tidak ditemukan",
    "system.EACCES": "akses ditolak",
    "system.EPERM": "tindakan tidak diizinkan",
    "system.EISDIR": "ini sebuah folder, bukan berkas",
    "system.ENOTDIR": "salah satu bagian jalurnya bukan folder",
    "system.ENOSPC": "ruang penyimpanan habis",
    "system.EROFS": "penyimpanan hanya dapat dibaca",
    "system.EEXIST": "berkas sudah ada",
    "system.ENAMETOOLONG": "nama berkas terlalu panjang",
    "system.ELOOP": "terlalu banyak tautan simbolik",
    "system.EMFILE": "terlalu banyak berkas terbuka",
    "system.ENFILE": "terlalu banyak berkas terbuka di sistem",
    "system.EIO": "galat masukan/keluaran pada perangkat",
    "system.EXDEV": "tidak dapat dipindahkan antarperangkat penyimpanan",
    "system.EBUSY": "perangkat atau berkas sedang dipakai",
    "system.EFBIG": "berkas terlalu besar",
    "system.EDQUOT": "kuota penyimpanan habis",
    "system.ETXTBSY": "berkas sedang dipakai",
    "system.EPIPE": "saluran (pipe) terputus",
    "system.EINVAL": "argumen tidak sah",
    "system.ENXIO": "perangkat atau alamat tidak ada",
    "system.ENODEV": "perangkat tidak ada",
    "system.EAGAIN": "sumber daya sementara tidak tersedia",
    "system.ENOMEM": "memori tidak cukup",
    "system.other": "galat sistem {code}",
    # plan: a per-agent pace below one a day (issue 19)
    "label.per_agent_in_period": "Pendaftaran per agen selama periode",
    "label.per_agent_every_working_days": "Satu pendaftaran per agen setiap sekian hari kerja",
    "label.active_per_agent_in_period": "Aktivasi per agen selama periode",
    "label.active_per_agent_every_working_days": "Satu aktivasi per agen setiap sekian hari kerja",
    "pace.every_working_days": "1 setiap {days} hari kerja",
}

LANGUAGE = Language(
    code="id",
    locale="id",
    messages=MESSAGES,
    excel_separator=";",
    excel_decimal=",",
    count_group=".",
    usage=USAGE_ERRORS,
    phrases=USAGE_PHRASES,
)
