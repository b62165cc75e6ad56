"""English: every word jkngap shows, the language every other catalogue follows."""

from jkngap.output.catalogues import Language

MESSAGES: dict[str, str] = {
    # Reading numbers.
    "number.empty": "no number given",
    "number.unknown_word": (
        "'{text}' ends in '{word}', which is not a word jkngap reads after a number ({words})"
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
        "no population can be worked out from {count} at this percentage: give {population}"
    ),
    "value.no_base_fits": "no whole population gives {count} at this percentage",
    "criteria.unknown": "no criteria called '{name}': choose {known}",
    "needed.no_base": (
        "give {population} (with {registered} or {coverage} for the gap), or {registered} "
        "with {coverage}"
    ),
    "active.above_registered": "{active} active is more than the {registered} registered",
    "active.no_active": "give {active} or {active_rate}",
    "active.needs_base": ("the {base} base needs this figure (activity is a share of it)"),
    "status.no_coverage": "give {population}, {registered} or {coverage}",
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
    "note.active_none_registered": "active taken as 0: nobody is registered",
    "note.prioritas_needs_activity": (
        "UHC Prioritas needs an activity figure ({active} or {active_rate}): only UHC is judged"
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
    "lang.unknown_environment": (
        "$JKNGAP_LANG is '{text}', a language jkngap does not speak: English it is"
    ),
    # plan, cost, check
    "batch.encoding": (
        "line {line} is not valid {encoding}: say which encoding the file is in, for example "
        "{encoding_option} cp1252 or {encoding_option} latin-1"
    ),
    "batch.looks_utf16": (
        "the file looks like UTF-16 (every second byte is zero) without its byte-order mark, "
        "and is read as {encoding}: give {encoding_option} utf-16"
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
        "name them (penduduk, peserta, aktif, ...) or map them with {column_option} "
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
    "number.too_long": "'{text}' is too long for a number (at most {most} characters)",
    "note.code_as_number": "code {code} was stored as a number: digits may be lost",
    "note.row_over_100": "more registered than the population (coverage above 100 %)",
    "note.total_coverage_from": (
        "coverage from the {used} of {rows} regions with both population and registered"
    ),
    "note.total_activity_from": (
        "activity from the {used} of {rows} regions with both active and their base ({base})"
    ),
    "note.total_unreadable": "rows left out of the total as unreadable: {errors}",
    "output.unwritable": "cannot write the file: {reason}",
    "output.stdout_incomplete": (
        "standard output holds only the rows read before the error below: it is not the "
        "whole answer"
    ),
    "output.stdout_unwritable": "cannot write to standard output: {reason}",
    "output.cannot_encode": (
        "standard output is {encoding}, which cannot carry '{text}': set PYTHONIOENCODING=utf-8, "
        "or write a file with -o"
    ),
    "output.too_many_columns": (
        "{count} columns are more than the {most} a sheet of Excel takes: write CSV instead"
    ),
    "output.is_input": "this file is one of the inputs: writing it would destroy them",
    "batch.unknown_encoding": (
        "'{text}' is not a text encoding Python knows: try utf-8, cp1252 or latin-1"
    ),
    "batch.bad_delimiter": (
        "'{text}' cannot separate fields: give one character such as , ; | or tab"
    ),
    "batch.no_stdin": "standard input is closed: give a file name, or pipe the file in",
    "date.out_of_range": (
        "'{text}' is too far from {start}: a plan runs for at most {years} years"
    ),
    "batch.no_header_row": "line {line} of the file is blank or not there: it cannot be the header",
    "note.title_row": "not a region: a line above the header ({text})",
    "note.numbered_row": "not a region: the columns' numbers under the header ({text})",
    "note.total_row": "not a region: the file's own total or subtotal, left out of the sums",
    "note.text_row": "not a region: a note in the file ({text})",
    "note.total_differs": (
        "the file's total differs from the sum of the {rows} regions above it: {figure} "
        "{published} against {summed}"
    ),
    "note.duplicate_code": "code {code} is also on row {first}: the same region twice?",
    "batch.skipped_rows": "rows that are not regions, left out of the sums: {rows}",
    "batch.blank_lines": "blank lines skipped: {lines}",
    "batch.same_file_twice": "{name} is given twice: its regions would be counted twice",
    "batch.xlsx_too_large": "the workbook is larger than {most} bytes: save the sheet as CSV",
    "batch.xlsx_bomb": (
        "the workbook unpacks to more than {most} bytes: not a table an official made"
    ),
    "batch.xlsx_rows": "the sheet has more than {most} rows, more than Excel allows",
    "batch.xlsx_cell": ("a cell on line {line} is longer than the {most} characters Excel allows"),
    "batch.not_a_worksheet": "'{sheet}' is a chart, not a sheet of figures",
    "batch.no_visible_sheet": "the workbook has no visible sheet of figures",
    "batch.hidden_sheet": (
        "{name}: the first sheet, '{hidden}', is hidden: read '{sheet}', the first visible one"
    ),
    "number.unsaved_formula": (
        "'{text}' is a formula whose result was never saved: open the file in Excel and save it"
    ),
    "batch.json_too_large": (
        "a JSON array is read whole, and this one is over {most} bytes: write JSON lines"
    ),
    "batch.json_nested": "holds a list or an object, not a value",
    "batch.json_duplicate_key": "the key '{key}' is given twice in one object: which is meant?",
    "batch.json_too_deep": "the JSON is nested deeper than a table of regions can be",
    "batch.line_too_long": "line {line} is longer than {most} characters: not a table of regions",
    "batch.lone_cr": (
        "line {line} ends in a lone carriage return (CR), where the file's other "
        "lines end in a line feed: a row was cut in two there (a CR left inside a cell), and "
        "neither part is counted; remove the CR, or put the cell in quotes"
    ),
    "batch.other_delimiter": (
        "this line is separated by '{found}', the rest of the file by '{expected}'"
    ),
    "batch.two_columns": (
        "'{first}' and '{second}' both hold the {role} figure: keep one, or choose with "
        "{columns_option} {role}=..."
    ),
    "batch.rows_with_errors": (
        "rows that could not be read: {count}; each says why in its error column"
    ),
    "batch.more_rows": (
        "showing the {shown} rows furthest from the targets of {count}; -f csv, -o FILE.xlsx "
        "or --all-rows for every row"
    ),
    "date.unreadable": "'{text}' is not a date: write 2025-12-31, or 2025-07 for a month's end",
    "value.must_be_positive": "must be a whole number above zero, not {text}",
    "plan.nothing": ("give the figures for a gap: {population} with {registered}, and/or {active}"),
    "plan.growth_needs_pop": "population growth needs the population itself ({population})",
    "cost.gap_needs_registered": (
        "to price a gap, give {registered} (or {coverage}) beside {population}"
    ),
    "check.nothing": (
        "nothing to compare: give at least two figures with a count they share, for example "
        "{registered} with {population} and {coverage}"
    ),
    "note.deadline_passed": "the deadline {deadline} has passed: there is no pace to keep",
    "note.no_working_days": "there is no working day left before the deadline",
    "note.already_met": "the targets are already met: nothing more is needed",
    "note.plan_activity_on_current": (
        "the activity gap is worked out on today's participants; the new registrants will "
        "raise it unless they are active at once"
    ),
    "note.growth": "population projected to {population} at the deadline ({growth} a year)",
    "note.check_needs_count": (
        "some figures were not checked: they need {part} or {whole} beside them"
    ),
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
    "check.together": (
        "all the figures can hold at once: whole counts satisfy every one of them together"
    ),
    "check.not_together": (
        "these figures cannot all hold at once: no whole population, registered and "
        "active count satisfies every figure together"
    ),
    "check.not_together_other_base": (
        "these figures cannot all hold at once on this activity base; they can with "
        "activity as a share of the {base}"
    ),
    "quantity.counts": "the counts",
    "check.active_within": "{active} is within the {registered}",
    "check.active_above": "{active} is more than the {registered}",
    "check.inactive_within": "{inactive} inactive is within the {registered}",
    "figure.derived": "{figure} ({how})",
    "derived.registered_less_inactive": "{registered} registered less {inactive} inactive",
    "derived.active_plus_inactive": "{active} active plus {inactive} inactive",
    "derived.from_segments": "the sum of the five segments",
    "title.plan": "Pace to {deadline}",
    "title.cost": "Premium budget at {premium} a month",
    "title.check": "Do the published figures agree?",
    "title.milestones": "Monthly milestones (cumulative)",
    "title.findings": "Findings",
    "subject.column": "column '{name}'",
    "batch.row_error": "row {line}: {error}",
    "batch.row_warning": "row {line}: {note}",
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
    "total.sum_of_regions": "Sum by region",
    "total.sum_of_regions_note": (
        "Sum by region: the regions' own gaps added up, what it takes for every region to"
        " reach the target (the Total row is the gap of the summed counts)"
    ),
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
    "unknown.no_coverage_pct": "unknown: no coverage given",
    "unknown.no_activity_pct": "unknown: no activity given",
    "unknown.either": "unknown: the figures allow either answer",
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
    "rounding.rounded": "rounded",
    "rounding.cut": "cut",
    "rounding.either": "rounded or cut",
    # The region register.
    "region.register_unavailable": (
        "the region register shipped with jkngap cannot be opened: {reason}; reinstall jkngap"
    ),
    "region.unknown": "no region of the register matches '{text}'",
    "region.ambiguous": (
        "'{text}' matches {count} regions: {matches}; give the code or the full name "
        "(Kabupaten ..., Kota ...)"
    ),
    "region.no_population": (
        "the register has populations for provinces and kabupaten/kota only, not for "
        "{name} ({code}): give {population}"
    ),
    "note.population_from_register": "population of {name} ({code}): {population}, {source}",
    "note.population_not_register": (
        "the population given is not the register's for {name} ({code}): {population} ({source})"
    ),
    "note.population_source": "populations: {source} (provinces and kabupaten/kota only)",
    "note.children_of": "the regions of {name} ({code})",
    "title.region": "Regions of the Kepmendagri register",
    "title.regions": "Regions",
    "label.region_code": "Region code",
    "label.region_name": "Region",
    "label.population_source": "Population from",
    "label.name": "Name",
    "label.level": "Level",
    "label.parents": "Within",
    "source.given": "as given",
    "level.provinsi": "province",
    "level.kabupaten": "regency",
    "level.kota": "city",
    "level.kecamatan": "district",
    "level.kelurahan": "urban village",
    "level.desa": "village",
    "note.name_not_register": "the register names {code} {name}",
    "note.code_not_in_register": "code not in the Kepmendagri register",
    "note.code_ambiguous": "code {code} could be {codes}: write it in full",
    "note.code_read_as": "code {code} read as {read}",
    "note.not_rolled_up": "not rolled up: its code ({code}) is not of a region at that level",
    "note.rollup_levels_mixed": (
        "rows of more than one level were summed into {code}: a region and its own parts "
        "count people twice"
    ),
    "note.rollup_rows_warned": (
        "rows summed here that carry a warning: {count} ({rows}); run without {option} to read them"
    ),
    "batch.rollup_needs_code": "rolling up needs a column of region codes (kode wilayah)",
    "batch.codes_not_in_register": (
        "{name}: rows whose code is not in the Kepmendagri register: {count} ({rows})"
    ),
    "batch.codes_read_as": (
        "{name}: rows whose code was read as the register writes it: {count} ({rows})"
    ),
    "batch.names_not_register": (
        "{name}: rows whose name is not the register's for their code: {count} ({rows})"
    ),
    "batch.populations_filled": (
        "{name}: populations taken from the register ({source}), marked in the "
        "population_source column: {count}"
    ),
    "note.no_code": "not rolled up: the row has no region code",
    "column.rolled_up": "Rows",
    "label.rolled_up": "Rows summed",
    "sheet.results": "Results",
    "sheet.notes": "Notes",
    "bound.low": "low",
    "bound.high": "high",
    "label.report_date": "Made on",
    "report.criteria": "{name}: coverage {coverage}, activity {activity}",
    "label.data_source": "Data source",
    "label.title": "Title",
    "label.note": "Note",
    "total.group": "Subtotal",
    "label.registrants_needed_sum": "Registrants needed, regions added up",
    "label.active_needed_sum": "Active needed, regions added up",
    "chart.coverage_target": "Coverage target {target}",
    "chart.activity_target": "Activity target {target}",
    "chart.this_region": "This region",
    "report.more_rows": (
        "the {shown} regions furthest from the targets, of {count}, are shown, worst first; "
        "the total counts them all. Every row: -o with .xlsx or .csv"
    ),
    "column_short.row": "#",
    "column_short.region": "Region",
    "column_short.code": "Code",
    "column_short.coverage_pct": "Cover.",
    "column_short.registrants_needed": "To reg.",
    "column_short.activity_pct": "Activ.",
    "column_short.active_needed": "To act.",
    "column_short.uhc": "UHC",
    "column_short.uhc_prioritas": "Prio.",
    "batch.row_check": "! row {line}: {check}",
    "output.pdf_needs_extra": (
        "a PDF needs WeasyPrint: pip install 'jkngap[pdf]' (on Debian or Ubuntu it also "
        "needs Pango: apt-get install libpango-1.0-0 libpangoft2-1.0-0); or write the "
        "report as .html and print it to PDF from a browser ({reason})"
    ),
    # Segments: who pays, and the routes to the activity target.
    "title.routes": "Activity by segment, and the routes to {target} activity ({base} base)",
    "title.segments": "Participants by segment",
    "column.segment": "Segment",
    "column.paid_by": "Paid by",
    "column.inactive": "Inactive",
    "column.inactive_share_pct": "Of inactive",
    "label.segment": "Segment",
    "label.paid_by": "Paid by",
    "label.inactive_share_pct": "Share of the inactive",
    "label.apbd_people": "(a) PBPU enrolled as PBI APBD",
    "label.apbd_budget": "(a) APBD budget a year",
    "label.apbd_enough": "(a) enough on its own",
    "label.members_paying_again": "(b) members paying again",
    "label.member_premium": "(b) member's premium a month",
    "label.arrears_months": "(b) most months of arrears",
    "label.member_pays_up_to": "(b) one member pays at most",
    "label.new_members_budget": "(c) as PBI APBD, a year",
    "label.budget_people": "Budget: people enrolled",
    "label.budget_activity_pct": "Budget: activity reached",
    "label.budget_met": "Budget: target met",
    "segment.pbi-apbn": "PBI APBN",
    "segment.pbi-apbd": "PBI APBD",
    "segment.ppu": "PPU",
    "segment.pbpu": "PBPU (mandiri)",
    "segment.bp": "BP",
    "segment.other": "other",
    "payer.state": "the state (APBN)",
    "payer.region": "the region (APBD)",
    "payer.employer": "employer and worker",
    "payer.member": "the member",
    "payer.member_or_state": "the member or the state",
    "segment.none": "give at least one segment, as NAME=REGISTERED/ACTIVE ({example})",
    "segment.unknown": "'{text}' is not a segment: choose {choices}",
    "segment.ambiguous": "'{text}' could be {choices}: say which",
    "segment.twice": "{segment} is given twice: give each segment once",
    "segment.syntax": (
        "'{text}' is not NAME=REGISTERED or NAME=REGISTERED/ACTIVE (for example pbpu=300/100)"
    ),
    "segment.active_above": "{segment} has {active} active, more than its {registered} registered",
    "segment.sum_differs": (
        "the segments add up to {total}, which cannot make the {registered} of {figure}; "
        "'jkngap check' with the same figures says which disagrees"
    ),
    "segment.active_differs": (
        "the segments' {total} active cannot be part of the {active} of {figure}"
    ),
    "segment.active_unknown": (
        "the active total is not known: give {active}, or each segment's active count ({example})"
    ),
    "segment.budget_needs_pbpu": (
        "a budget buys route (a), which needs PBPU's registered and active counts ({example})"
    ),
    "note.segments_partial_total": (
        "not all five segments were given: the total is taken as the sum of those given, "
        "{registered}"
    ),
    "note.budget_beyond_pbpu": (
        "the budget pays for more people than there are inactive PBPU members: it enrols all "
        "{people} of them, and the rest is left over"
    ),
    "note.route_a_needs_pbpu": ("route (a) needs PBPU's registered and active counts ({example})"),
    "note.route_a_short": (
        "route (a) alone falls short: {needed} are needed and only {inactive} PBPU members "
        "are inactive; {rest} more by routes (b) or (c)"
    ),
    "note.routes_explained": (
        "routes: (a) the region enrols inactive PBPU members as PBI APBD, arrears waived, "
        "paid from the APBD; (b) members pay again, arrears and all, from their own pocket; "
        "(c) new members active at once"
    ),
    # What real reports get wrong.
    "figure_name.segments": "segments",
    "figure_name.inactive": "inactive",
    "figure.inactive": "{value} inactive",
    "check.segment_active_above": (
        "{segment} has {active} active, more than its {registered} registered"
    ),
    "check.segments_make": "the five segments add up to the {published} {figure}",
    "check.segments_differ": "the five segments add up to {total}, not the {published} {figure}",
    "check.segments_differ_coverage": (
        "the five segments add up to {total} ({total_pct} of the population), not the "
        "{published} {figure} ({published_pct})"
    ),
    "check.segments_within": (
        "the segments given add up to {total}, within the {published} {figure}"
    ),
    "check.segments_above": (
        "the segments given add up to {total}, more than the {published} {figure}"
    ),
    "check.inactive_make": (
        "{active} active and {inactive} inactive make the {registered} registered"
    ),
    "check.inactive_differ": (
        "{active} active and {inactive} inactive make {total}, not the {registered} registered"
    ),
    "check.inactive_above": "{inactive} inactive is more than the {registered} registered",
    "check.doubtful": "doubtful",
    "check.target_as_count": (
        "{registered} registered is exactly {target} of the population of {population}, "
        "rounded up: likely the target, reported as if it were the count"
    ),
    "check.swapped_digits": (
        "{figure} {published} does not follow from the counts ({computed}), but {likely} "
        "does: likely a typo, two digits swapped"
    ),
    "note.total_from_segments": "{figure} taken as the sum of the five segments, {total}",
    "note.registered_from_inactive": "registered taken as active plus inactive, {registered}",
    "note.active_from_inactive": "active taken as registered less inactive, {active}",
    # The UHC Awards.
    "title.awards": "UHC Awards categories",
    "label.awards_preset": "UHC Awards preset",
    "label.award": "UHC Awards category met",
    "label.region_paid_pct": "Paid by the region (PBI APBD), of the population",
    "label.category": "Category",
    "column.category": "Category",
    "label.rule": "Rule",
    "column.rule": "Rule",
    "award.pratama": "Pratama",
    "award.madya": "Madya",
    "award.utama": "Utama",
    "award.rule": "coverage {coverage}, activity {activity}",
    "award.rule_paid": (
        "coverage {coverage}, activity {activity}, paid by the region {paid} of the population"
    ),
    "awards.unknown": "no UHC Awards preset called '{name}': choose {known}",
    "awards.syntax": (
        "'{text}' is not CATEGORY=COVERAGE/ACTIVITY or CATEGORY=COVERAGE/ACTIVITY/REGION_PAID "
        "(for example madya=98/80/25)"
    ),
    "note.awards_press": (
        "UHC Awards {preset}: thresholds as the press reports them, not a regulation; every "
        "category also needs UHC Prioritas status and premiums paid up, which no count shows"
    ),
    "note.awards_need_paid_share": (
        "a rule on the share paid by the region needs the population and the PBI APBD "
        "participants (a segment pbi-apbd): until then it cannot be told"
    ),
    "note.cost_route_a": (
        "priced: inactive PBPU members enrolled as PBI APBD, the least that reach {target} activity"
    ),
    # Segment columns of a region file.
    "note.row_segments_differ": "the segments add up to {total}, not the {registered} registered",
    "note.row_from_segments": "registered taken as the sum of the segments, {registered}",
    "note.row_active_from_segments": (
        "registered and active taken as the sums of the segments, {registered} and {active}"
    ),
    "column.region_paid_pct": "Region-paid",
    "column.apbd_people": "(a) PBPU to PBI APBD",
    "column.apbd_budget": "(a) APBD a year",
    # trend and compare (issue 21)
    "trend.date_unreadable": "'{text}' is not a date: write 2025-07-01, 1 Juli 2025 or Juli 2025",
    "trend.date_order": (
        "'{text}' may be read day first or month first: write 2025-07-01 or 1 Juli 2025"
    ),
    "trend.no_date": (
        "no date found for {name}: give it as {name}@2025-07-01, in a date column "
        "(tanggal, per, periode, bulan) or in its title row"
    ),
    "trend.several_dates_title": (
        "its title rows name several dates ({dates}): give the file's date as FILE@DATE"
    ),
    "trend.several_dates_name": (
        "its name holds several dates ({dates}): give the file's date as FILE@DATE"
    ),
    "trend.two_date_columns": (
        "two date columns, '{first}' and '{second}': name the one meant with {date_option}"
    ),
    "trend.row_without_date": "this row has figures but nothing in its date column '{name}'",
    "trend.date_not_in_file": "no rows of {date} (its dates: {dates})",
    "trend.same_date": "two snapshots of {date}: {first} and {second}",
    "trend.out_of_order": (
        "snapshots must come in date order: {date} ({second}) after {previous} ({first})"
    ),
    "trend.region_twice": (
        "{region} appears twice in the snapshot of {date}: line {first} and this one"
    ),
    "trend.no_snapshots": "no snapshot given",
    "trend.one_date": "a trend needs snapshots of two dates at least; {name} holds only {date}",
    "trend.regions_missing": (
        "{count} regions are missing from some snapshots, kept and marked: {regions}"
    ),
    "trend.rows_unread": (
        "{count} rows could not be read; their regions are marked missing at those dates: {rows}"
    ),
    "note.trend_missing": "missing from the snapshots of {dates}: kept, never taken as zero",
    "note.trend_unread": "its row {line} of {name} ({date}) could not be read: {reason}",
    "note.trend_one_snapshot": "in one snapshot only ({date}): no pace can be worked out",
    "note.trend_population_changed": (
        "the population changed from {first} ({first_source}) to {last} ({last_source}): the "
        "change in coverage includes it"
    ),
    "note.trend_population": "population of {dates}: {source}",
    "note.trend_population_later": (
        "{name} is dated after the snapshot of {date}: its population was used, no earlier "
        "one being given"
    ),
    "note.trend_total_sets": (
        "the total adds up each snapshot's regions, and {count} regions are missing from "
        "some: its change mixes different regions"
    ),
    "note.trend_total_left_out": (
        "{count} regions without every count are left out of the total of {date}"
    ),
    "note.trend_no_deadline": "no deadline given: no pace required is worked out",
    "note.trend_projection": (
        "a pace achieved runs from the first snapshot to the last (a month is 30.44 days), "
        "cut down; a date at this pace continues that line, holding the last population; at "
        "risk: met now and lost within {months} months at this pace"
    ),
    "note.trend_date_from_title": "{name}: date {date}, from its title row",
    "note.trend_date_from_name": "{name}: date {date}, from its name",
    "note.trend_month_only": "{name}: a month without a day is taken as its first day ({date})",
    "note.trend_unsorted": (
        "{name} is not sorted by date: its rows were held and read in date order"
    ),
    "compare.tolerance": (
        "'{text}' is not a tolerance: write a count (100) or a percentage (0,5%)"
    ),
    "compare.region_twice": "{region} appears twice: line {first} and this one",
    "compare.several_dates": (
        "{name} holds snapshots of several dates ({dates}): name one, as {name}@DATE"
    ),
    "compare.summary": (
        "{agree} regions agree within {tolerance}, {disagree} disagree, {undecided} cannot be told"
    ),
    "compare.only_in": "{count} regions are only in {name}: {regions}",
    "compare.dates_differ": "the sources are of different dates: {first} and {second}",
    "compare.two_sources": "compare takes two sources, A and B: {count} given",
    "note.compare_reference": "differences are {b} less {a}; shares are of {a}'s figure",
    "note.compare_only_in": "in source {source} only",
    "note.compare_verdict_within": (
        "the verdicts differ although every figure is within the tolerance ({figures})"
    ),
    "outlook.met": "met",
    "outlook.reached": "reached",
    "outlook.not_at_this_pace": "not at this pace",
    "outlook.uncertain": "cannot be told",
    "outlook.unknown": "unknown",
    "standing.none": "neither",
    "standing.uhc": "UHC",
    "standing.uhc_prioritas": "UHC Prioritas",
    "change.gained": "gained",
    "change.lost": "lost",
    "change.unchanged": "unchanged",
    "trend.chart_needs_series": (
        "a chart needs every snapshot of the region: read the trend with {keep_series}"
    ),
    "trend.too_many_dates": "more than {most} dates: a trend reads {most} snapshots at most",
    "trend.file_changed": "the file changed while it was read: read it again",
    "label.first_date": "First snapshot",
    "label.last_date": "Last snapshot",
    "label.snapshots": "Snapshots",
    "label.missing_dates": "Missing from",
    "label.population_first": "Population (first)",
    "label.population_last": "Population (last)",
    "label.population_source_first": "Population source (first)",
    "label.population_source_last": "Population source (last)",
    "label.registered_first": "Registered (first)",
    "label.registered_last": "Registered (last)",
    "label.registered_change": "Change in registered",
    "label.registered_per_month": "Registered a month (achieved)",
    "label.active_first": "Active (first)",
    "label.active_last": "Active (last)",
    "label.active_change": "Change in active",
    "label.coverage_first_pct": "Coverage (first)",
    "label.coverage_last_pct": "Coverage (last)",
    "label.coverage_points_change": "Change in coverage (points)",
    "label.coverage_points_per_month": "Coverage points a month",
    "label.activity_first_pct": "Activity (first)",
    "label.activity_last_pct": "Activity (last)",
    "label.activity_points_change": "Change in activity (points)",
    "label.activity_points_per_month": "Activity points a month",
    "label.days_to_deadline": "Days to the deadline",
    "label.required_registered_per_month": "Registrants a month required",
    "label.required_registered_per_week": "Registrants a week required",
    "label.required_registered_per_working_day": "Registrants a working day required",
    "label.required_registered_per_agent_per_working_day": (
        "Registrants per agent a working day required"
    ),
    "label.required_active_per_month": "Activations a month required",
    "label.required_active_per_week": "Activations a week required",
    "label.required_active_per_working_day": "Activations a working day required",
    "label.required_active_per_agent_per_working_day": (
        "Activations per agent a working day required"
    ),
    "label.uhc_outlook": "UHC at this pace",
    "label.uhc_date": "UHC reached on",
    "label.uhc_lost_date": "UHC lost on",
    "label.uhc_by_deadline": "UHC by the deadline",
    "label.uhc_at_risk": "UHC at risk",
    "label.activity_target_outlook": "Activity target at this pace",
    "label.activity_target_date": "Activity target reached on",
    "label.activity_target_lost_date": "Activity target lost on",
    "label.activity_target_by_deadline": "Activity target by the deadline",
    "label.activity_target_at_risk": "Activity target at risk",
    "label.prioritas_outlook": "UHC Prioritas at this pace",
    "label.prioritas_date": "UHC Prioritas reached on",
    "label.prioritas_lost_date": "UHC Prioritas lost on",
    "label.prioritas_by_deadline": "UHC Prioritas by the deadline",
    "label.prioritas_at_risk": "UHC Prioritas at risk",
    "label.status_first": "Status (first)",
    "label.status_last": "Status (last)",
    "label.status_change": "Status change",
    "label.status_changes": "Changes of status",
    "label.status_from": "Status before",
    "label.status_to": "Status after",
    "label.change": "Change",
    "label.award_first": "Awards category (first)",
    "label.award_last": "Awards category (last)",
    "label.award_change": "Awards category change",
    "label.award_from": "Awards category before",
    "label.award_to": "Awards category after",
    "label.at_risk": "At risk",
    "label.horizon_end": "Horizon ends",
    "label.uhc_status": "Status",
    "label.missing": "Missing",
    "label.row_a": "Line in A",
    "label.row_b": "Line in B",
    "label.population_a": "Population (A)",
    "label.population_b": "Population (B)",
    "label.population_difference": "Population difference",
    "label.population_difference_pct": "Population difference (% of A)",
    "label.population_agree": "Population agrees",
    "label.registered_a": "Registered (A)",
    "label.registered_b": "Registered (B)",
    "label.registered_difference": "Registered difference",
    "label.registered_difference_pct": "Registered difference (% of A)",
    "label.registered_agree": "Registered agrees",
    "label.active_a": "Active (A)",
    "label.active_b": "Active (B)",
    "label.active_difference": "Active difference",
    "label.active_difference_pct": "Active difference (% of A)",
    "label.active_agree": "Active agrees",
    "label.coverage_pct_a": "Coverage (A)",
    "label.coverage_pct_b": "Coverage (B)",
    "label.coverage_points_difference": "Coverage difference (points)",
    "label.activity_pct_a": "Activity (A)",
    "label.activity_pct_b": "Activity (B)",
    "label.activity_points_difference": "Activity difference (points)",
    "label.uhc_a": "UHC (A)",
    "label.uhc_b": "UHC (B)",
    "label.uhc_prioritas_a": "UHC Prioritas (A)",
    "label.uhc_prioritas_b": "UHC Prioritas (B)",
    "label.verdicts_agree": "Verdicts agree",
    "label.verdict_changers": "Figures that turn a verdict",
    "label.only_in": "Only in",
    "column.date": "Date",
    "column_short.date": "Date",
    "column.coverage_last_pct": "Coverage",
    "column_short.coverage_last_pct": "Cover.",
    "column.activity_last_pct": "Activity",
    "column_short.activity_last_pct": "Activ.",
    "column.registered_per_month": "Reg./month",
    "column_short.registered_per_month": "Reg./mo",
    "column.required_registered_per_month": "Reg. required",
    "column_short.required_registered_per_month": "Req.",
    "column.active_per_month": "Act./month",
    "column_short.active_per_month": "Act./mo",
    "column.required_active_per_month": "Act. required",
    "column_short.required_active_per_month": "Req.",
    "column.prioritas_date": "Prioritas on",
    "column_short.prioritas_date": "Prio. on",
    "column.status_change": "Status",
    "column_short.status_change": "Status",
    "column.at_risk": "At risk",
    "column_short.at_risk": "Risk",
    "column.registered_a": "Registered A",
    "column_short.registered_a": "Reg. A",
    "column.registered_b": "Registered B",
    "column_short.registered_b": "Reg. B",
    "column.registered_difference": "Registered B-A",
    "column_short.registered_difference": "Diff.",
    "column.active_a": "Active A",
    "column_short.active_a": "Act. A",
    "column.active_b": "Active B",
    "column_short.active_b": "Act. B",
    "column.active_difference": "Active B-A",
    "column_short.active_difference": "Diff.",
    "column.verdicts_agree": "Verdicts agree",
    "column_short.verdicts_agree": "Verd.",
    "column.agree": "Agree",
    "column_short.agree": "Agree",
    "column.only_in": "Only in",
    "column_short.only_in": "Only",
    "title.trend": "JKN progress by region (criteria {criteria})",
    "title.trend_long": "JKN progress by region and date (criteria {criteria})",
    "title.compare": "Two sources of the same regions (criteria {criteria})",
    "sheet.series": "By date",
    "chart.trend_caption": (
        "{region}: registered and active at each snapshot (points) against the counts the "
        "targets ask for (dashed), and plan's required path to {deadline} (dotted)"
    ),
    "chart.trend_registered": "Registered",
    "chart.trend_active": "Active",
    "chart.trend_required_registered": "Coverage target {target}",
    "chart.trend_required_active": "Activity target {target}",
    "chart.trend_path": "Required path",
    "report.trend_charts": "The {count} regions furthest off course, worst first, of {regions}",
    "trend.start_before_last": (
        "the effort starts on {text}, before the snapshot of {date}: give a start on or after "
        "the last snapshot"
    ),
    "trend.long_layout": (
        "the long form (a row per region and date) is written as it is read: it cannot be "
        "sorted or cut to the regions off course"
    ),
    "many.layout_not_here": (
        "groups and roll-ups add up the rows of one date: they are batch's, not this command's"
    ),
    # match (issue 22)
    "match.list_dir_missing": "no such folder: the lists of people go into a folder that exists",
    "label.not_registered": "Not registered",
    "label.not_in_population": "Registered, not in the population",
    "label.duplicate_nik": "The same NIK twice",
    "label.invalid_nik": "Invalid NIK",
    "label.damaged_nik": "NIK damaged by Excel",
    "label.takeover_candidates": "Inactive PBPU in deciles 1-5",
    "label.takeover_budget": "Their PBI APBD premiums a year",
    "label.region_paid_high_decile": "Region-paid in deciles 6-10",
    "label.unregistered_low_decile": "Not registered, deciles 1-5",
    "label.suppressed": "Hidden (small counts)",
    "title.match": "Lists of people matched by desa (criteria {criteria})",
    "match.list_written": "{category}: {people} people written to {file} (readable by you alone)",
    "match.hashed_written": "{role}: {rows} rows written with keyed hashes for NIKs to {file}",
    "match.list_format_unknown": "no format '{text}' for lists of people: choose {known}",
    "match.column_syntax": (
        "'{text}' names no list's column: write LIST.ROLE=HEADER (members.nik=\"No Identitas\")"
    ),
    "match.hashed_syntax": "'{text}' is not LIST=FILE (population=penduduk-hash.csv)",
    "match.bad_delimiter": "'{text}' cannot separate the columns of a list: give one character",
    "match.bad_header": "the header row cannot be read ({reason})",
    "match.bad_workbook": "the workbook cannot be read ({reason})",
    "match.codes_unknown": (
        "{count} desa codes are not in the register (for example {example}): their rows are "
        "kept, without a name"
    ),
    "match.empty_file": "the file is empty: a list of people needs a header row and rows",
    "match.empty_list": "the population list has no rows",
    "match.encoding": (
        "line {line} is not valid {encoding}: say which encoding the list is in with "
        "{encoding_option}: utf-8 (the default), latin-1, cp1252 or utf-16"
    ),
    "match.encoding_unknown": "the lists cannot be read as '{text}': choose {known}",
    "match.engine_failed": "the list could not be read or matched ({reason})",
    "match.engine_memory": (
        "the match needs more memory than it may use ({reason}): give it a larger memory "
        "limit, or fewer threads"
    ),
    "match.engine_settings": "the matching engine refused its settings ({reason})",
    "match.file_missing": "the list cannot be opened ({reason})",
    "match.hash_needs_key": "a list is hashed only with a key: give the key file",
    "match.hashed_needs_key": (
        "{hashed} holds hashed NIKs and {plain} plain ones: give the key file the hashes were "
        "made with, and the plain NIKs are hashed with it"
    ),
    "match.header_is_data": (
        "the first row holds a NIK, so the list has no header row: add one (NIK, No KK, "
        "Kode Desa ...)"
    ),
    "match.key_file_open": (
        "others than you can read the key file: whoever reads it can hash NIKs and match "
        "them against the lists (chmod 600)"
    ),
    "match.key_too_long": "the key file is larger than {most} bytes: it is not a key",
    "match.key_too_short": (
        "the key file holds fewer than {least} bytes: a short key can be guessed, and with "
        "it every hashed NIK"
    ),
    "match.key_unreadable": "the key file cannot be read ({reason})",
    "match.keyed_hashes": (
        "NIKs were matched as keyed hashes (HMAC-SHA256): lists show the hashes, not the NIKs"
    ),
    "match.list_damaged": (
        "{source}: {rows} rows hold a NIK that Excel turned into a number (its last digits "
        "lost): counted as damaged, never matched"
    ),
    "match.list_duplicates": (
        "{source}: {rows} rows repeat a NIK listed before: each person counted once"
    ),
    "match.list_invalid": (
        "{source}: {rows} rows have no NIK, or one that is no NIK: counted as invalid, "
        "never matched"
    ),
    "match.list_undecoded": (
        "{source}: {rows} lines are not valid UTF-8 (the first is line {line}): if the list is "
        "in another encoding, read it with {encoding_option} latin-1 or {encoding_option} utf-16"
    ),
    "match.list_unreadable": (
        "{source}: {rows} lines could not be split into cells: counted as invalid NIKs, in "
        "the row without a desa"
    ),
    "match.list_no_desa": "{source}: {rows} rows have no desa code: kept in a row of their own",
    "match.list_unknown_area": (
        "{source}: {rows} NIKs start with a kecamatan code the register does not have (the "
        "place of first registration, which may since have changed): matched all the same"
    ),
    "match.list_status_unknown": (
        "{source}: {rows} statuses say neither active nor inactive: those members are not "
        "counted active"
    ),
    "match.list_segment_unknown": (
        "{source}: {rows} segments name no segment, or more than one (a bare PBI)"
    ),
    "match.list_decile_unknown": "{source}: {rows} deciles are not 1 to 10: taken as unknown",
    "match.list_needs": (
        "the {text} list needs the lists it is made from (a welfare list; a membership list "
        "with status and segment)"
    ),
    "match.list_not_given": "no {text} list was given",
    "match.list_unknown": "no list of people called '{text}': choose {known}",
    "match.min_cell_small": (
        "a smallest shown count of {text} hides too little: give {least} or more"
    ),
    "match.missing_column": (
        "no column '{name}' in the list (its columns: {header}); see {columns_option}"
    ),
    "match.mixed_hashed": (
        "the list holds both hashed NIKs ({hashed} rows) and plain ones ({plain} rows): they "
        "can never match each other; hash the list whole, or give it plain"
    ),
    "match.needs_duckdb": (
        "matching lists of people needs DuckDB, which is not installed: pip install '{extra}'"
    ),
    "match.needs_lists": "a match needs a population list and a membership list",
    "match.no_decile_column": (
        "a welfare list needs a decile column (Desil); its columns: {header}; see {columns_option}"
    ),
    "match.no_desa_codes": (
        "no row of column '{name}' holds a desa code (32.01.01.2001 or 3201012001)"
    ),
    "match.no_desa_column": (
        "the population list needs a desa code column (Kode Desa, Kode Wilayah); its "
        "columns: {header}; see {columns_option}"
    ),
    "match.no_nik_column": (
        "this is not a list of people: no NIK column (NIK, No KTP, nik_hash); its columns: "
        "{header}; see {columns_option}"
    ),
    "match.no_sheet": "the workbook has no sheet called '{sheet}'",
    "match.not_people": (
        "this is not a list of people: none of its {rows} rows holds a NIK in column '{name}'"
    ),
    "match.output_unwritable": "the list of people cannot be written there ({reason})",
    "match.plain_and_hashed_columns": (
        "the list has a plain NIK column ('{first}') and a hashed one ('{second}'): give one"
    ),
    "match.population_unmatched": (
        "{rows} people of the population list have a NIK no list can match: they count in "
        "the population, neither registered nor not, so coverage is at least what is shown"
    ),
    "match.private_folder": "no private folder can be made for the run ({reason})",
    "match.rollup_unknown": "'{text}' is no level to roll up to: choose {known}",
    "match.row_no_desa": "rows without a desa code",
    "match.suppressed": (
        "counts below {min_cell} are hidden, with {secondary} more so that none can be worked "
        "back from the totals ({cells} cells in all)"
    ),
    "match.cell_too_long": (
        "line {line} has a cell of more than {most} characters: refused (a list of people "
        "has short cells; a quote opened there and never closed makes the rest of the file "
        "one cell)"
    ),
    "match.too_many_fields": (
        "line {line} has more than {most} fields: refused (a list of people has tens of columns)"
    ),
    "match.two_columns": (
        "two columns hold the {role}: '{first}' and '{second}'; name the one meant "
        "({columns_option})"
    ),
    "match.unknown_role": "no column role '{role}' for this list: choose {known}",
    "match.workbook_bomb": "the workbook unpacks to more than {most} bytes: refused",
    "match.workbook_cell": "line {line} of the workbook has a cell longer than {most} characters",
    "match.workbook_rows": "the workbook has more than {most} rows: refused",
    # Issues 18 and 24 (trust-io): hostile and official files, read whole or refused.
    "batch.too_sparse": (
        "its rows give {given} cells but would make a table of {cells} (short rows under a "
        "wide header, or objects that share no keys): not a table of regions"
    ),
    "batch.oversized_number": (
        "line {line}: a number of {digits} digits, more than any count or percentage has: "
        "not a table of regions"
    ),
    "batch.bad_xlsx_row": "line {line} of the sheet cannot be read: {reason}",
    "batch.xlsx_row_order": (
        "row {line} comes after row {previous} (written twice, or out of order), which Excel "
        "never saves: open the workbook in Excel and save it again, or save the sheet as CSV"
    ),
    "batch.xlsx_row_number": "a row of the sheet is numbered '{number}', which is no row number",
    "batch.xlsx_shared_text": (
        "a cell on line {line} points at shared text before the first: the workbook is damaged"
    ),
    "batch.duplicate_codes": "{name}: rows whose code an earlier row has: {count} ({rows})",
    "batch.parents_left_out": (
        "{name}: rows left out of the total, their code the parent of other rows' (their "
        "regions are summed through those rows): {count} ({rows})"
    ),
    "note.parent_left_out": (
        "left out of the total: other rows have codes below {code}, and are summed instead"
    ),
    "batch.unmapped_column": (
        "{name}: the column '{header}' is not read; if it holds the {figure}, add "
        '{column_option} {role}="{header}"'
    ),
    "batch.no_population": (
        "{name} has no population column, so coverage cannot be worked out: "
        "{fill_option} takes kabupaten/kota and province populations from the register "
        "by a column of codes"
    ),
    "batch.no_rows": "{name} has a header but no rows of regions",
    "batch.segment_active_alone": (
        "segment {segment} has {active} active but no registered count: the segments leave "
        "it out of the registered total, and its active with it"
    ),
    "note.row_segment_active_alone": (
        "segment {segment} has {active} active but no registered count: left out of what "
        "the segments say"
    ),
    # allocate (issue 23)
    "allocate.need_registrants_active": "registrants and activations",
    "allocate.need_registrants": "registrants",
    "allocate.need_active": "activations",
    "allocate.part_registrants": "registrants",
    "allocate.part_active": "activations",
    "note.allocate_rule": (
        "agents shared in proportion to need ({need}) by the largest remainder method "
        "(Hamilton), in whole agents adding up to the agents given; every area with a need "
        "gets at least one agent while agents last"
    ),
    "note.allocate_rule_roster": (
        "the roster's agent-days a week shared in proportion to need ({need}) by the largest "
        "remainder method (Hamilton), every area with a need getting at least one day a week "
        "while days last; each agent's days placed as near home as the shares allow (home, "
        "then the same kecamatan, kabupaten/kota, province)"
    ),
    "note.allocate_raised_agents": (
        "{count} areas with less need than one agent's share got one agent each (at least "
        "one per area), and the other areas shared the rest by largest remainder: {areas}"
    ),
    "note.allocate_raised_days": (
        "{count} areas with less need than one agent-day's share got one day a week each (at "
        "least one per area), and the other areas shared the rest by largest remainder: {areas}"
    ),
    "note.allocate_left_out_agents": (
        "{seats} agents for {needy} areas with a need: one each to the areas of greatest "
        "need, and {count} areas get none: {areas}"
    ),
    "note.allocate_left_out_days": (
        "{seats} agent-days a week for {needy} areas with a need: one day each to the areas "
        "of greatest need, and {count} areas get none: {areas}"
    ),
    "note.allocate_rows_unread": "{count} rows could not be read and get nothing: {rows}",
    "note.allocate_need_part": (
        "the file gives no gap of {missing} (it lacks the columns for it): the need is {used} alone"
    ),
    "allocate.no_need_column": (
        "the file has no column for the need asked for ({needed}): give its counts, or "
        "choose another need"
    ),
    "allocate.no_areas": "no area of the file could be read: there is nothing to share among",
    "allocate.no_need": (
        "none of the {areas} areas needs anyone (every gap is zero): there is nothing to share"
    ),
    "allocate.row_no_need": "this area has no figure for its need ({need}): it gets nothing",
    "allocate.two_household_columns": (
        "two columns of households, '{first}' and '{second}': which is meant?"
    ),
    "roster.empty": "the roster has no agent",
    "roster.too_many": "the roster has more than {most} agents: split it",
    "roster.two_columns": (
        "two roster columns for one thing, '{first}' and '{second}': which is meant?"
    ),
    "roster.no_column": (
        "the roster lacks a column for {missing} (its header: {header}); a roster has an "
        "agent, a home area and days a week"
    ),
    "roster.unread": (
        "{count} rows of the roster cannot be read (lines {rows}); line {line}: {reason}"
    ),
    "roster.empty_cell": "a cell is empty",
    "roster.too_long": "a cell is longer than {most} characters",
    "roster.control_character": "a cell holds a control character or a mark that reorders text",
    "roster.days_range": "days a week must be a whole number from 1 to {most}",
    "roster.row_unreadable": "the line cannot be split into cells",
    "roster.agent_twice": "the agent is already on line {earlier}",
    "roster.home_unknown": (
        "{count} roster rows name a home area that is neither a region code nor the name of "
        "one area of the file (lines {rows}): '{text}'"
    ),
    "note.roster_home_outside": (
        "{count} agents' home areas are not in the file (roster lines {rows}): they work as "
        "near them as the codes allow"
    ),
    "note.visits_written": (
        "the agents' work lists: {people} people for {agents} agents written to {file} "
        "(readable by you alone), a row per person with its agent and household"
    ),
    "note.visits_outside": (
        "{rows} rows of the lists have a desa that is not in the file (or none): they are in "
        "no agent's list"
    ),
    "note.visits_no_agents": (
        "{households} households of {areas} areas without an agent are in no agent's list"
    ),
    "visits.no_code_column": (
        "the list has no desa code column (code): give a list that match --list wrote"
    ),
    "visits.too_many": "the lists have more than {most} rows in all: split them by kecamatan",
    "visits.row_unreadable": "line {line} cannot be split into cells",
    "note.roster_away": (
        "{days} of the {total} agent-days a week are away from the agents' home areas, the "
        "least the areas' shares allow"
    ),
    "budget.goal_activity": "activity {activity}",
    "budget.aim_award": "the UHC Awards category {category}",
    "budget.method": (
        "route (a): inactive PBPU members taken over as PBI APBD, the least that bring each "
        "region to {aim}; regions chosen whole, exactly (not by a heuristic), within the money"
    ),
    "budget.reason_no_counts": "its registered and active counts ({base} base) are not known",
    "budget.reason_no_population": (
        "its population and registered count are needed for the coverage rule"
    ),
    "budget.reason_coverage": (
        "its coverage {coverage} is below the {target} the aim needs, and route (a) adds no "
        "participants"
    ),
    "budget.reason_nobody_registered": (
        "nobody is registered: it has no activity rate to bring to the aim, and route (a) adds "
        "no participants"
    ),
    "budget.reason_no_region_paid": (
        "the rule on the share the region pays needs its population and its PBI APBD participants"
    ),
    "budget.reason_no_pbpu": (
        "its inactive PBPU members are not known (columns PBPU and PBPU Aktif)"
    ),
    "budget.reason_pbpu_short": (
        "{needed} must be taken over and only {inactive} PBPU members are inactive: route (a) "
        "alone cannot reach it"
    ),
    "budget.regions_unreachable": (
        "{count} regions cannot reach the aim by route (a) alone: {rows}"
    ),
    "budget.regions_unpriced": "{count} regions cannot be priced, figures missing: {rows}",
    "budget.too_large": (
        "choosing exactly among {regions} regions for {people} people is more work than "
        "jkngap takes on: choose the most regions ({maximise} {regions_aim}), or choose "
        "within each kabupaten/kota"
    ),
    "budget.donors_need_each": "give {other} too: the donors and what each gives go together",
    "budget.no_money": "give {budget}, {donors}, or both",
    "value.share_range": "a share must be above 0 % and at most 100 %, not {text}",
    "budget.share_needs_budget": "a share is of the province's budget: give {budget}",
    "budget.donors_region_paid": (
        "members paid for by donors stay PBPU, not region-paid, so they cannot count toward "
        "the share the region pays that {category} asks: leave the donors out, or aim at "
        "another category"
    ),
    "budget.needs_pbpu": (
        "route (a) needs each region's PBPU registered and active counts: add the columns "
        "PBPU and PBPU Aktif to the file"
    ),
    "budget.share": (
        "the province pays {share} of each premium, Rp{province} of Rp{premium} a person a "
        "month (rounded up to the rupiah), and each kabupaten/kota the rest"
    ),
    "budget.donors": (
        "{donors} donors give Rp{donated} in all (Donasi JKN: a company pays PBPU members' "
        "premiums once its own workers are registered); their money is spent first"
    ),
    # reports (issue 19)
    "title.of_region": "{region}: {title}",
    "label.subtitle": "In the file's heading",
    "total.group_of": "{heading}: {value}",
    "group.empty": "(empty)",
    "batch.more_rows_ordered": (
        "showing the first {shown} rows of {count}, in the order asked for; -f csv, -o "
        "FILE.xlsx or --all-rows for every row"
    ),
    "report.more_rows_ordered": (
        "the first {shown} regions of {count} are shown, in the order asked for; the total "
        "counts them all. Every row: -o with .xlsx or .csv"
    ),
    "chart.made": "Made with jkngap on {date}",
    "chart.source": "Source: {source}",
    "chart.first_regions": "the first {shown} of {count} regions",
    "chart.furthest_regions": "the {shown} of {count} regions furthest from the targets",
    "output.nothing_to_chart": (
        "this answer has no coverage or activity to chart: write it as .html, .xlsx or .csv"
    ),
    "note.percent_cut": (
        "percentages are cut, not rounded, so that none claims a target not reached: 98.509 %"
        " is 98.50 % here, 98.51 % in Excel"
    ),
    "sheet.details": "Details",
    # Issue 18 (trust-core): answers from published figures, headroom, check's joint search.
    "number.too_many_digits": (
        "'{text}' has more digits than any figure an official writes (at most {most})"
    ),
    "value.too_large": "a count or amount of more than {most} digits: larger than any jkngap takes",
    "active.rate_above_100": (
        "an activity rate of {text} of the participants cannot be: the active are a part of "
        "the registered"
    ),
    "note.active_over_population": (
        "more active members than the population of {population}: the registered are too "
        "(coverage above 100 %)"
    ),
    "label.registered_headroom": "Registered who may leave",
    "label.active_headroom": "Active who may lapse",
    "label.required_active_range": "Active required",
    "segment.part_no_total": (
        "the segments given are a part of the participants, not their total: give "
        "{registered} and {active} for the totals, or all five segments"
    ),
    "note.segments_part": (
        "fewer than five segments are a part of the participants, never their total: the "
        "totals come from {registered} or the published coverage"
    ),
    "label.region_paid_pct_range": "Paid by the region (PBI APBD), of the population",
    "check.inactive_short": (
        "{active} active and {inactive} inactive make {total}, {off} short of the "
        "{registered} registered"
    ),
    "check.inactive_over": (
        "{active} active and {inactive} inactive make {total}, {off} more than the "
        "{registered} registered"
    ),
    "cost.nothing": "give {people} or {budget}",
    "cost.needs_pbpu": (
        "the activity gap is priced by route (a), which needs PBPU's registered and active "
        "counts ({example})"
    ),
    "note.segments_above_registered": (
        "the segments given add up to {total}, more than the {registered} registered the "
        "figures allow at most"
    ),
    "option.one_of": "give {first} or {second}",
    "allocate.row_reason": "line {line}, {name}: {reason}",
    "allocate.rollup_no_segments": (
        "a roll-up sums the counts, not the segment columns route (a) is priced from: "
        "give a file of the regions to choose among"
    ),
    "allocate.per_agent_needs_roster": "a row per agent needs a roster (--roster)",
    "allocate.idle_areas": (
        "{count} areas need no one and get no agent: not shown here (--all-rows shows "
        "them; every format for files has them)"
    ),
    "budget.idle_regions": (
        "{count} regions are at the aim already and need nothing: not shown here (--all-rows "
        "shows them; every format for files has them)"
    ),
    "allocate.more_rows": ("{shown} of {count} rows shown: --all-rows for every one, or -o a file"),
    "allocate.agents_by_line": (
        "agents are named here by their roster line, never by their label (which may be a "
        "person's name); files written with -o or -f json, csv carry the roster's labels"
    ),
    "allocate.no_sheets": (
        "too many kecamatan for a printed sheet each: every row is on the Results sheet"
    ),
    "title.allocate_agents": "Agents shared by need",
    "title.allocate_roster": "The roster's agents, placed by need",
    "title.allocate_budget": "Regions the money brings to the aim",
    "title.allocate_summary": "Summary",
    "sheet.summary": "Summary",
    "sheet.other": "Other rows",
    "chart.allocate": "{figure}, by row in the table's order",
    "chart.chosen": "chosen",
    "chart.not_chosen": "not chosen",
    "chart.first_rows": "(the first {count} rows)",
    "column.need": "Need",
    "column.agents": "Agents",
    "column.per_agent_per_week": "Per agent a week",
    "column.per_agent_per_working_day": "Per agent a day",
    "column.households_per_agent_per_week": "KK per agent a week",
    "column.roster_row": "Roster line",
    "column.near": "Near home",
    "column.days_a_week": "Days a week",
    "column.people": "People",
    "column.per_week": "A week",
    "column.per_working_day": "A day",
    "column.status": "Route (a)",
    "column.cost": "Cost a year",
    "column.chosen": "Chosen",
    "label.kecamatan_code": "Kecamatan code",
    "label.households": "Households (KK) to visit",
    "label.need": "Need (people to reach)",
    "label.agent_days": "Agent-days a week",
    "label.raised": "Raised to one by the at-least-one rule",
    "label.left_out": "Left without an agent",
    "label.per_agent_per_week": "Per agent per week",
    "label.allocate_agents.per_agent_per_week": "People per agent per week",
    "label.allocate_agents.per_agent_per_working_day": "People per agent per working day",
    "label.allocate_roster.per_agent_per_week": "People per agent per week",
    "label.allocate_roster.per_agent_per_working_day": "People per agent per working day",
    "label.registrants_per_agent_per_week": "Registrations per agent per week",
    "label.registrants_per_agent_per_working_day": "Registrations per agent per working day",
    "label.active_per_agent_per_week": "Activations per agent per week",
    "label.households_per_agent_per_week": "Households per agent per week",
    "label.households_per_agent_per_working_day": "Households per agent per working day",
    "label.method": "Method",
    "label.need_for": "Shared by the need of",
    "label.areas": "Areas",
    "label.areas_with_need": "Areas with a need",
    "label.areas_with_agents": "Areas with agents",
    "label.areas_without_agents": "Areas with a need left without an agent",
    "label.areas_raised": "Areas raised to one",
    "label.rows_unread": "Rows that could not be read",
    "label.days_away_from_home": "Agent-days a week away from home",
    "label.agent": "Agent",
    "label.roster_row": "Roster line",
    "label.home": "Home area, as given",
    "label.home_code": "Home area code",
    "label.near": "How near home",
    "label.days_a_week": "Days a week there",
    "label.allocate_roster.people": "People to reach",
    "label.allocate_roster.per_week": "People a week",
    "label.allocate_roster.per_working_day": "People a working day",
    "label.allocate_roster.households": "Households to visit",
    "label.households_listed": "Households in the lists",
    "label.people_listed": "People in the lists",
    "label.visit_runs": "Households by agent",
    "label.first_household": "First household",
    "label.last_household": "Last household",
    "label.list_rows_outside": "List rows outside the file",
    "label.households_without_agents": "Households without an agent",
    "label.households_per_week": "Households a week",
    "label.pbpu_inactive": "Inactive PBPU members",
    "label.region_paid": "PBI APBD participants",
    "label.status": "Route (a)",
    "label.allocate_budget.people": "People to take over",
    "label.cost": "Least cost a year",
    "label.province_pays": "Province pays",
    "label.region_pays": "Kabupaten/kota pays",
    "label.chosen": "Chosen",
    "label.activity_pct_after": "Activity once chosen",
    "label.goal": "Aim priced",
    "label.reason": "Why not",
    "label.aim": "Aim",
    "label.maximise": "Chosen for the most",
    "label.donors": "Donors",
    "label.each": "Each donor gives",
    "label.donated": "Donated in all",
    "label.share_pct": "Province's share of each premium",
    "label.province_per_person_month": "Province pays a person a month",
    "label.per_person": "One person a year costs this money",
    "label.regions_read": "Regions",
    "label.regions_already_met": "Regions already at the aim",
    "label.regions_chosen": "Regions chosen",
    "label.regions_reaching": "Regions at the aim",
    "label.regions_priced": "Regions priced",
    "label.regions_unreachable": "Regions route (a) alone cannot bring there",
    "label.regions_unpriced": "Regions that cannot be priced",
    "label.people_activated": "People made active",
    "label.spent": "Spent",
    "label.left": "Left",
    "label.left_people": "People a year what is left pays for",
    "label.cost_of_all": "Cost of every priced region",
    "label.regions_pay": "Kabupaten/kota pay",
    "label.donor_people": "People a year the donors pay for",
    "label.paid_by_donors": "Paid by donors",
    "label.paid_by_region": "Paid by the region",
    "label.region_paid_share_pct": "Share of the spending the region pays",
    "method.largest_remainder": "largest remainder (Hamilton)",
    "need_for.both": "registrants and activations",
    "need_for.registrants": "registrants",
    "need_for.active": "activations",
    "near.home": "home",
    "near.kecamatan": "same kecamatan",
    "near.kabupaten": "same kabupaten/kota",
    "near.provinsi": "same province",
    "near.elsewhere": "elsewhere",
    "budget_status.met": "at the aim",
    "budget_status.priced": "priced",
    "budget_status.unreachable": "out of reach",
    "budget_status.unpriced": "not priced",
    "budget_status.unread": "unread",
    "aim.activity": "the activity target",
    "aim.pratama": "UHC Awards Pratama",
    "aim.madya": "UHC Awards Madya",
    "aim.utama": "UHC Awards Utama",
    "maximise.regions": "regions",
    "maximise.people": "people",
    # help (issue 19): every command's and option's help, the names of their values, the
    # help page's own words
    "help.command.jkngap": (
        "How far is a region from the JKN targets? Exact gaps to UHC (98 % coverage) and UHC "
        "Prioritas (80 % active), from counts or published percentages."
    ),
    "help.command.needed": (
        "Registrants needed to reach a coverage target (registered / population)."
        "\n\n"
        "With --pop alone: how many registrants the target is. With two of --pop, --registered "
        "and a published --coverage: how many more must register (a range when a published, "
        "rounded percentage is involved; the high end is the number that surely reaches it)."
    ),
    "help.command.active": (
        "Active members needed to reach an activity target, by both routes."
        "\n\n"
        "Reactivating inactive members, or enrolling new members who are active at once: on the "
        "participant base each new member also raises the number registered, so that route takes "
        "several times as many people. Without --registered, --pop (or --region) with a published"
        " --coverage gives the registered as a range, and every answer as one. With --segment, "
        "where the inactive are; 'jkngap segments' also says what it costs the region."
    ),
    "help.command.status": (
        "UHC and UHC Prioritas verdicts for a region, with every gap behind them."
        "\n\n"
        "Counts give the gaps; published percentages alone are enough for the verdicts."
    ),
    "help.command.plan": (
        "The pace to a deadline: registrations and activations per month, week, working day and "
        "agent, with monthly milestones."
        "\n\n"
        "Working days are Monday to Friday less Indonesia's national public holidays."
    ),
    "help.command.cost": (
        "The premium budget for N people, or the people a budget covers."
        "\n\n"
        "With --pop and --registered (or --coverage) it prices the coverage gap: enrolling the "
        "missing people as PBI-APBD, paid from the regional budget. With --segment (and "
        "--registered, --active) it prices the activity gap the cheapest way: enrolling inactive "
        "PBPU members as PBI APBD ('jkngap segments' shows every route)."
    ),
    "help.command.check": (
        "Whether published figures agree with each other, allowing for rounded percentages."
        "\n\n"
        "Also: segments that do not add up to the total, active and inactive members that do not "
        "make the registered, a registered count that is exactly a target of the population, and "
        "percentages with two digits swapped."
        "\n\n"
        "Exit 0 when all agree, 1 when any disagree, 2 when there is nothing to compare."
    ),
    "help.command.segments": (
        "Activity by participant segment, and the cheapest way to the activity target."
        "\n\n"
        "Routes: (a) the region enrols inactive PBPU (mandiri) members as PBI APBD, arrears "
        "waived, the premium paid from the APBD; (b) members pay again, arrears and all; (c) new "
        "members active at once. Premiums and months default to Perpres 64/2020."
    ),
    "help.command.batch": (
        "For every region of a file: coverage, activity, gaps and verdicts, with a total."
        "\n\n"
        "Every input row comes out, with its line number; a row that cannot be read says why in "
        "its error column, and the command exits 3 after writing everything."
    ),
    "help.command.allocate": (
        "Share out agents or a budget among the regions of a file, where they reach the targets."
        "\n\n"
        "agents: field agents shared in proportion to each area's need, with each agent's pace to"
        " a deadline; budget: the regions a budget brings to the activity target, chosen exactly."
        " Rows are read as batch reads them."
    ),
    "help.command.allocate.agents": (
        "Field agents shared among the areas of a file in proportion to their need, with each "
        "agent's pace to the deadline."
        "\n\n"
        "Whole agents by the largest remainder method, adding up to --agents; every area with a "
        "need gets at least one while agents last (the areas left without are named). Paces per "
        "week and per working day run on plan's calendar. -f plain prints the number of areas "
        "with a need left without an agent (0: every one has someone). Rows that cannot be read "
        "get nothing, and the command exits 3 after writing everything. With --visits, match's "
        "lists' households are split among each area's agents in order, into a file only you "
        "can read."
    ),
    "help.command.allocate.budget": (
        "The regions of a file a budget brings to the activity target, chosen exactly, and what "
        "is left."
        "\n\n"
        "Each region's least yearly cost by route (a): inactive PBPU members taken over as PBI "
        "APBD (segment columns PBPU and PBPU Aktif, as batch finds them). The choice gives the "
        "most regions at the aim, or the most people made active, exactly; a region is taken "
        "whole or not at all. -f plain prints the number of regions at the aim once the money is "
        "spent. Rows that cannot be read get nothing, and the command exits 3."
    ),
    "help.command.match": (
        "The population and membership lists (and the welfare deciles, the region-paid "
        "members) matched by NIK, per desa: who is not registered, registered but not in the "
        "population, listed twice, with an invalid or Excel-damaged NIK, and whom the region "
        "may take over as PBI APBD."
        "\n\n"
        "Each list a CSV, TSV, XLSX or Parquet file of people. The per-desa table has batch's "
        "coverage, activity and verdicts, and is a region file batch and allocate read (-o "
        "desa.csv). -f plain prints the people not registered. Lists of people are written "
        "only to files (--list), readable by their owner alone; no NIK, name or birth date is "
        "ever shown on the terminal or in a message. Exits 2 on a list that cannot be read."
    ),
    "help.option.match.population": (
        "The population list (Dukcapil's extract, a village register): NIK, KK, desa."
    ),
    "help.option.match.members": "The membership list (BPJS, e-Dabu): NIK, status, segment, desa.",
    "help.option.match.welfare": "The welfare deciles (DTSEN): NIK and decile (desil).",
    "help.option.match.region_paid": "The region-paid members (PBPU Pemda, PBI APBD): NIK.",
    "help.option.match.column": (
        "A list's column by its header, where its name is not a known one: members.nik=\"No "
        'Identitas" (roles: nik, nik_hash, kk, desa, status, segment, decile).'
    ),
    "help.option.match.rollup": (
        "Sum the desa into kecamatan, kabupaten or provinsi, each judged from its summed counts."
    ),
    "help.option.match.min_cell": (
        "Hide every count below this (and what would give one away) in the table."
    ),
    "help.option.match.key_file": (
        "Match keyed hashes (HMAC-SHA256) of NIKs made with this secret key, so that lists "
        "hashed by another agency with the same key match; lists may hold nik_hash."
    ),
    "help.option.match.lists": (
        "Write the people of a category to a file of their own: not-registered, takeover, "
        "not-in-population, region-paid-high-decile, unregistered-low-decile, duplicates, "
        "invalid, damaged (repeatable)."
    ),
    "help.option.match.list_dir": (
        "The folder the lists of people are written to, one file per category."
    ),
    "help.option.match.list_format": "The lists' format: csv or xlsx [default: csv].",
    "help.option.match.reveal_nik": (
        "Write full NIK and KK numbers in the lists' files (never to the terminal); masked "
        "otherwise (3201********0001)."
    ),
    "help.option.match.hashed": (
        "With --key-file: a copy of a list with its NIK and KK numbers replaced by their keyed "
        "hashes, for another agency: population=penduduk-hash.csv."
    ),
    "help.option.match.register": (
        "Name the desa, and check NIKs' kecamatan codes, from the Kepmendagri register."
    ),
    "help.option.match.memory_limit": (
        "The memory the engine may use before it spills to its private folder [default: 1536MB]."
    ),
    "help.option.match.threads": "Threads the engine may use [default: 2].",
    "help.metavar.LIST.ROLE=HEADER": "LIST.ROLE=HEADER",
    "help.metavar.LIST=FILE": "LIST=FILE",
    "help.metavar.CATEGORY": "CATEGORY",
    "help.metavar.DIR": "DIR",
    "help.metavar.FORMAT": "FORMAT",
    "help.metavar.SIZE": "SIZE",
    "help.command.region": (
        "A region of the Kepmendagri register by code or name, with its population."
        "\n\n"
        "Names forgive case, spacing, Kab./Kabupaten and small misspellings; every region that "
        "matches is listed, with its code, level, parents and population (Dukcapil, December "
        "2024, for provinces and kabupaten/kota). Register: Kepmendagri No 300.2.2-2138 Tahun "
        "2025, from github.com/cahyadsn/wilayah (MIT licence)."
    ),
    "help.option.version": "Show the version.",
    "help.option.install_completion": "Install completion for the current shell.",
    "help.option.show_completion": (
        "Show completion for the current shell, to copy it or customize the installation."
    ),
    "help.option.pop": "Population (penduduk): 590393 or 590.393.",
    "help.option.region": (
        'A region of the Kepmendagri register by code or name (63.03, "Kab. Banjar"): its '
        "population (Dukcapil, December 2024) unless --pop is given."
    ),
    "help.option.registered": "Registered JKN participants.",
    "help.option.coverage": "Published coverage in % (97,63 or 97.63).",
    "help.option.target": "Coverage target in % [default: 98, criteria 2025].",
    "help.option.active.target": "Activity target in % [default: 80, criteria 2025].",
    "help.option.segments.target": "Activity target in % [default: 80, criteria 2025].",
    "help.option.rounding": "How published percentages were brought to their decimals.",
    "help.option.check.rounding": "How the report's percentages were brought to their decimals.",
    "help.option.fmt": "Output format [default: table on a terminal, tsv otherwise].",
    "help.option.lang": (
        "Language of labels and messages: {languages} [default: $JKNGAP_LANG, then en]."
    ),
    "help.option.output": "Write to FILE, in the format its extension names ({extensions}).",
    "help.option.title": (
        "A report's title (-o .html, .pdf, .xlsx) [default: from the file or region]."
    ),
    "help.option.source": (
        'Where the figures come from, said in a report: "BPJS Kesehatan, Mei 2025".'
    ),
    "help.option.excel": (
        "With -f csv or -o FILE.csv: CSV as Excel in --lang opens it (Indonesian: semicolons, "
        "decimal commas), with a byte-order mark."
    ),
    "help.option.active": "Active participants.",
    "help.option.active_rate": "Published activity rate in % (79,96).",
    "help.option.segment": (
        "Participants of a segment: NAME=REGISTERED or NAME=REGISTERED/ACTIVE, repeatable; NAME "
        "is pbi-apbn, pbi-apbd, ppu, pbpu or bp (PBI JK, mandiri, PBPU Pemda, ... too)."
    ),
    "help.option.base": "Activity as a share of participants or of the population.",
    "help.option.criteria_name": (
        "Threshold preset: 2025, 2023 (2025: 98 % and 80 %; 2023: 95 % and 75 %)."
    ),
    "help.option.coverage_target": "Override the preset's coverage threshold (%).",
    "help.option.activity_target": "Override the preset's activity threshold (%).",
    "help.option.awards": (
        "Judge the UHC Awards categories of a year's preset (2026: Pratama, Madya, Utama; "
        "press-reported). Give --segment pbi-apbd=N for the region-paid share."
    ),
    "help.option.allocate.budget.awards": (
        "Aim at a UHC Awards category (press-reported presets: 2026) instead of the activity "
        "target."
    ),
    "help.option.award": (
        "Replace a category's rule: CATEGORY=COVERAGE/ACTIVITY[/REGION_PAID], in %; repeat for "
        "rules of which any one is enough (madya=98/85 --award madya=98/80/25)."
    ),
    "help.option.exit_code": (
        "Exit 1 when a target is surely not met (a verdict that cannot be told is not a no)."
    ),
    "help.option.by": "Deadline: 2025-12-31, or 2025-07 for the end of July.",
    "help.option.start": "First day of the effort [default: today].",
    "help.option.active_target": "Activity target in % [default: 80, criteria 2025].",
    "help.option.agents": "Agents (agen pesiar, kader) sharing the work.",
    "help.option.allocate.agents.agents": "Agents (agen pesiar, kader) to share among the areas.",
    "help.option.growth": "Population growth a year in %, spread evenly.",
    "help.option.holiday": "An extra day off (cuti bersama, a regional holiday); repeat for more.",
    "help.option.national_holidays": (
        "Leave Indonesia's national public holidays out of working days."
    ),
    "help.option.people": "People whose premiums are paid.",
    "help.option.budget": "A yearly budget: Rp310 miliar, 310000000000.",
    "help.option.segments.budget": (
        "A yearly APBD budget for route (a): the people it enrols and the activity it reaches."
    ),
    "help.option.allocate.budget.budget": (
        "The yearly money to spend (the province's, with --share)."
    ),
    "help.option.premium": "Monthly PBI premium the region pays per person enrolled.",
    "help.option.cost.premium": (
        "Monthly premium per person [default: 42000, PBI, Perpres 64/2020]."
    ),
    "help.option.member_class": "Premium by class: pbi, kelas-3, kelas-2, kelas-1.",
    "help.option.months": "Months of premiums in the budget year.",
    "help.option.cost.months": "Months paid for.",
    "help.option.inactive": "Published: inactive participants.",
    "help.option.registrants_needed_text": "Published: more registrants needed.",
    "help.option.active_needed_text": "Published: more active members needed.",
    "help.option.member_premium": (
        "Monthly premium a member paying again pays (class III's own part)."
    ),
    "help.option.arrears_months": "The most months of arrears a member pays again.",
    "help.option.files": (
        "CSV, TSV, semicolon CSV, JSON, JSON lines or XLSX files; - for standard input."
    ),
    "help.option.sheet": "The Excel sheet to read [default: the first].",
    "help.option.header_row": (
        "The line of the header row [default: found among the first 20 lines, below any title]."
    ),
    "help.option.delimiter": (
        "Field separator: , ; or tab [default: from the extension, or a look at the header]."
    ),
    "help.option.match.encoding": (
        "Text encoding of the lists that carry no byte-order mark: utf-8, latin-1 or cp1252 "
        "(Windows'; the two are read alike) or utf-16."
    ),
    "help.option.encoding": (
        "Text encoding of the files that carry no byte-order mark (a file's mark decides)."
    ),
    "help.option.column": (
        'Map a header the reader does not know: population="Jml Pddk" (roles: region, code, '
        "population, registered, active, coverage, active_rate)."
    ),
    "help.option.fill_population": (
        "Take a missing population of a province or kabupaten/kota row from the register "
        "(Dukcapil, December 2024), marked in a population_source column."
    ),
    "help.option.register": (
        "Check each row's code and name against the Kepmendagri register, and name rows that have"
        " a code only."
    ),
    "help.option.check_rows": (
        "Compare published percentage columns (coverage, keaktifan) with the counts, row by row."
    ),
    "help.option.sort": "Sort by an output column, e.g. registrants_needed.",
    "help.option.reverse": "Sort largest first.",
    "help.option.only_unmet": (
        "Only the regions that fall short (and rows that could not be read)."
    ),
    "help.option.group_by": "Subtotals by an output column.",
    "help.option.total": "End with a total row.",
    "help.option.rollup": (
        "Sum the rows by their code into kecamatan, kabupaten (and kota) or provinsi, named from "
        "the register, each computed from its summed counts."
    ),
    "help.option.raw": (
        "Leave text cells as they are in CSV and XLSX output (no neutralising of formulas)."
    ),
    "help.option.all_rows": "In a table, every row rather than a screenful.",
    "help.option.roster": (
        "Instead of --agents: a file of agent, home area and days a week (1 to 5); each agent's "
        "days go as near home as the shares allow. Label agents by code: a table shows them by "
        "roster line."
    ),
    "help.option.need": "The need agents are shared by: registrants and activations, or one.",
    "help.option.per_agent": (
        "With --roster: a row per agent and area they work in, instead of per area."
    ),
    "help.option.visits": (
        "A list match --list wrote (CSV or XLSX; repeat for more): each area's households, "
        "in the list's order, split among its agents, into a file of its own."
    ),
    "help.option.visits_dir": (
        "With --visits: the folder for the agents' work lists (visits.csv or visits.xlsx), "
        "readable by you alone."
    ),
    "help.option.allocate.agents.list_format": (
        "With --visits: the work lists' format: csv or xlsx [default: csv]."
    ),
    "help.option.allocate.agents.reveal_nik": (
        "With --visits: full NIK and KK numbers in the work lists where the lists have them "
        "(never to the terminal); masked otherwise. A masked list stays masked."
    ),
    "help.option.maximise": (
        "Choose for the most regions reaching the aim, or the most people made active."
    ),
    "help.option.category": (
        "The awards category aimed at: pratama, madya, utama [default: pratama; alone, of the "
        "2026 preset]."
    ),
    "help.option.share": "The province pays this % of each premium, each kabupaten/kota the rest.",
    "help.option.donors": "Companies paying members' premiums (Donasi JKN, CSR).",
    "help.option.each": "What each donor gives a year, with --donors.",
    "help.option.query": 'A code (63.03, 6303) or a name ("Kab. Banjar", banjar, "kota banjar").',
    "help.option.children": "List the regions one level below the one found.",
    "help.examples": "Examples:",
    "help.usage": "Usage:",
    "help.heading.Options": "Options",
    "help.heading.Commands": "Commands",
    "help.heading.Arguments": "Arguments",
    "help.default": "default",
    "help.required": "required",
    "help.help": "Show this message and exit.",
    "help.options_metavar": "[OPTIONS]",
    "help.command_metavar": "COMMAND [ARGS]...",
    "help.metavar.N": "N",
    "help.metavar.CLASS": "CLASS",
    "help.metavar.NAME": "NAME",
    "help.metavar.RULE": "RULE",
    "help.metavar.ROLE=HEADER": "ROLE=HEADER",
    "help.metavar.LANG": "LANG",
    "help.metavar.NAME=COUNT[/COUNT]": "NAME=COUNT[/COUNT]",
    "help.metavar.PRESET": "PRESET",
    "help.metavar.COUNT": "COUNT",
    "help.metavar.CHAR": "CHAR",
    "help.metavar.CODE|NAME": "CODE|NAME",
    "help.metavar.TEXT": "TEXT",
    "help.metavar.COLUMN": "COLUMN",
    "help.metavar.LEVEL": "LEVEL",
    "help.metavar.DATE": "DATE",
    "help.metavar.AMOUNT": "AMOUNT",
    "help.metavar.YEAR": "YEAR",
    "help.metavar.QUERY": "QUERY",
    "help.metavar.FILE...": "FILE...",
    "help.metavar.PERCENT": "PERCENT",
    "help.metavar.FILE": "FILE",
    # trend and compare (issue 21)
    "help.command.trend": (
        "Are we moving fast enough, and when do we get there? Snapshots of the same regions "
        "at two or more dates, region by region and in total."
        "\n\n"
        "Each snapshot's date: FILE@2025-07-01 as typed, else a date column (date, tanggal, "
        "per, periode, bulan), else a date in the file's title rows, else in its name "
        '("Juli 2025" is its first day). Regions are matched by code (by name through the '
        "register where a file has none); a region missing from a snapshot is kept and "
        "marked, never taken as zero. For each: the change in registered and active and in "
        "coverage and activity (points) from its first snapshot to its last, the pace "
        "achieved a month (a month is plan's 30.436875 days; paces achieved are cut down), "
        "the pace still required to reach each target by --by (exactly plan's from the last "
        "snapshot: ceilings, over the same days, working days and agents), the first whole "
        "day each target is reached at this pace (a range where figures are rounded "
        "percentages), status gained or lost, and at risk (met now, falling, and lost "
        "within --horizon months). -f plain prints the number of regions off course. Rows "
        "that cannot be read mark their regions missing at that date, and the command exits "
        "3 after writing everything."
        "\n\n"
        "JSON: a record per region with code, region, first_date, last_date, "
        "registered_change, active_change, registered_per_month, active_per_month, "
        "required_registered_per_month, required_active_per_month, uhc_date, prioritas_date "
        "(ISO dates, null where already met or never at this pace, with _low and _high "
        "where a range), status_change and at_risk, among the keys docs/trend.md lists; "
        'then the total\'s, its total "all".'
    ),
    "help.command.compare": (
        "Do two sources agree? The same regions from source A (the reference) and B at one "
        "date, region by region: FILE FILE."
        "\n\n"
        "Each figure from each source, the difference (B less A) and its share of A's "
        "figure, the verdicts each source gives and the figures that would turn one, and "
        "the regions one source lacks (kept, marked only_in). --tolerance separates noise "
        "from a disagreement. A file of several dates needs FILE@DATE. -f plain prints the "
        "number of regions that disagree or are in one source only; the command exits 1 "
        "when there are any (as check), 3 when some rows could not be read."
        "\n\n"
        "JSON: a record per region with code, region, each figure under its source's label "
        "(registered_a, registered_b, ...), its difference (registered_difference, in "
        "people, and registered_difference_pct, of A's) and agreement, both verdicts "
        "(uhc_a, uhc_b, ...), agree and only_in (a or b, for a region one source lacks), "
        "among the keys docs/trend.md lists; then the total of the regions both have, its "
        'total "all".'
    ),
    "help.option.date_column": (
        "The header of the date column, where it is not one of date, tanggal, per, periode, bulan."
    ),
    "help.option.population_file": (
        "Populations by region code from this date on (Dukcapil's semester figures), as "
        "FILE@DATE or a file dated in its title or name; repeat for more dates. A "
        "snapshot's own population column comes first."
    ),
    "help.option.trend.by": (
        "Deadline of the paces required: 2025-12-31, or 2025-07 for the end of July "
        "[default: none, no pace required]."
    ),
    "help.option.trend.start": (
        "First day of the effort still to come [default: each region's last snapshot]."
    ),
    "help.option.trend.agents": "Agents, for the pace per agent per working day.",
    "help.option.horizon": (
        "At risk: a target met now and lost within this many months at this pace."
    ),
    "help.option.trend.awards": (
        "Judge the UHC Awards category at each date (press-reported presets: 2026)."
    ),
    "help.option.long": "A row per region and date (the long form) instead of one per region.",
    "help.option.tolerance": (
        "What is noise: a count of people (100) or a percentage of A's figure (0,5%)."
    ),
    "help.option.compare.only_unmet": (
        "Only the regions that do not agree (and rows that could not be read)."
    ),
    "help.metavar.HEADER": "HEADER",
    "help.metavar.FILE[@DATE]": "FILE[@DATE]",
    "help.metavar.MONTHS": "MONTHS",
    "help.metavar.COUNT|PERCENT": "COUNT|PERCENT",
    # the operating system's reasons a file was refused (issue 19), by error name
    "reason.not_a_file": "not a file",
    "reason.not_zip": "not a zip archive, as an .xlsx file is",
    # the reasons a workbook's zip archive and XML parts cannot be read, and DuckDB's
    # that a list cannot (a user's bad file the cause), by what the library raised or said
    "reason.zip_damaged": "its compressed contents are damaged: the file was cut short or changed",
    "reason.xlsx_part_missing": "a part every workbook has is missing from it",
    "reason.xml_broken": (
        "a part of it is not well-formed XML: the file is damaged or was cut short"
    ),
    "reason.xml_forbidden": (
        "it declares XML entities, which are refused: a known way to attack programs that read XML"
    ),
    "reason.csv_dialect": (
        "its lines cannot be split into cells one way throughout: a quote opened and never "
        "closed, a carriage return left inside a cell, or text in another encoding"
    ),
    "reason.line_past_limit": "a line is longer than {most} bytes",
    "reason.not_parquet": "not a Parquet file, or one cut short",
    # the csv and json modules' reasons a line cannot be read, by what they say
    "reason.field_too_long": "field larger than field limit ({most})",
    "reason.unquoted_newline": "new-line character seen in unquoted field",
    "reason.json_value": "Expecting value",
    "reason.json_comma": "Expecting ',' delimiter",
    "reason.json_colon": "Expecting ':' delimiter",
    "reason.json_key": "Expecting property name enclosed in double quotes",
    "reason.json_extra": "Extra data",
    "reason.json_unterminated": "Unterminated string starting at",
    "reason.json_control": "Invalid control character at",
    "reason.json_escape": "Invalid \\escape",
    "reason.json_unicode_escape": "Invalid \\uXXXX escape",
    "reason.json_bom": "Unexpected UTF-8 BOM (decode using utf-8-sig)",
    "reason.json_comma_or_end": "expected ',' or ']'",
    "reason.json_after_array": "expected nothing after the array",
    "system.ENOENT": "No such file or directory",
    "system.EACCES": "Permission denied",
    "system.EPERM": "Operation not permitted",
    "system.EISDIR": "Is a directory",
    "system.ENOTDIR": "Not a directory",
    "system.ENOSPC": "No space left on device",
    "system.EROFS": "Read-only file system",
    "system.EEXIST": "File exists",
    "system.ENAMETOOLONG": "File name too long",
    "system.ELOOP": "Too many levels of symbolic links",
    "system.EMFILE": "Too many open files",
    "system.ENFILE": "Too many open files in system",
    "system.EIO": "Input/output error",
    "system.EXDEV": "Invalid cross-device link",
    "system.EBUSY": "Device or resource busy",
    "system.EFBIG": "File too large",
    "system.EDQUOT": "Disk quota exceeded",
    "system.ETXTBSY": "Text file busy",
    "system.EPIPE": "Broken pipe",
    "system.EINVAL": "Invalid argument",
    "system.ENXIO": "No such device or address",
    "system.ENODEV": "No such device",
    "system.EAGAIN": "Resource temporarily unavailable",
    "system.ENOMEM": "Cannot allocate memory",
    "system.other": "system error {code}",
    # plan: a per-agent pace below one a day (issue 19)
    "label.per_agent_in_period": "Registrations per agent over the period",
    "label.per_agent_every_working_days": "One registration per agent every so many working days",
    "label.active_per_agent_in_period": "Activations per agent over the period",
    "label.active_per_agent_every_working_days": (
        "One activation per agent every so many working days"
    ),
    "pace.every_working_days": "1 every {days} working days",
}

LANGUAGE = Language(code="en", locale="en", messages=MESSAGES, count_group=",")
