"""English: every word jkngap shows, the language every other catalogue follows."""

from jkngap.output.catalogues import Language

MESSAGES: dict[str, str] = {
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
    "output.stdout_unwritable": "cannot write to standard output: {reason}",
    "output.cannot_encode": (
        "standard output is {encoding}, which cannot carry '{text}': set PYTHONIOENCODING=utf-8, "
        "or write a file with -o"
    ),
    "output.too_many_columns": (
        "{count} columns are more than the {most} a sheet of Excel takes: write CSV instead"
    ),
    "output.no_chart": "this result has no chart to draw: write it as .html, .pdf or .xlsx",
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
    "check.active_within": "{active} active is within the {registered} registered",
    "check.active_above": "{active} active is more than the {registered} registered",
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
    "note.code_not_in_register": "code {code} is not in the Kepmendagri register",
    "note.code_ambiguous": "code {code} could be {codes}: write it in full",
    "note.code_read_as": "code {code} read as {read}",
    "note.not_rolled_up": "not rolled up: its code ({code}) is not of a region at that level",
    "note.rollup_levels_mixed": (
        "rows of more than one level were summed into {code}: a region and its own parts "
        "count people twice"
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
    "chart.caption": (
        "Coverage and activity by region; the dashed lines are the targets, {coverage} and "
        "{activity}"
    ),
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
    "roster.control_character": "a cell holds a control character",
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
}

LANGUAGE = Language(code="en", locale="en", messages=MESSAGES)
