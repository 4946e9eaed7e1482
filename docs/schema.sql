-- The tables of `xunshi parse --format csv|parquet`, for DuckDB.
-- Generated from xunshi::tables (xunshi schema --sql); do not edit.

CREATE TYPE scheme AS ENUM ('xunshi', 'xuncha');

CREATE TYPE inspection_kind AS ENUM ('regular', 'special', 'mobile', 'follow_up', 'elevated', 'cross', 'political', 'linked');

CREATE TYPE penalty_category AS ENUM ('party_discipline', 'government_sanction', 'party_and_government', 'organizational_handling', 'admonishment', 'education_reminder', 'criticism_education', 'reminder_talk', 'criticism_help', 'ordered_review', 'accountability', 'case_filed', 'detention', 'transferred_to_judiciary', 'transferred_to_discipline', 'public_criticism', 'organizational_adjustment', 'first_form', 'second_form', 'third_form', 'fourth_form', 'four_forms', 'combined', 'other');

CREATE TYPE sanction AS ENUM ('warning', 'serious_warning', 'removal_from_party_posts', 'probation', 'expulsion', 'demerit', 'major_demerit', 'demotion', 'removal_from_office', 'dismissal', 'other');

CREATE TYPE person_unit AS ENUM ('人', '人次', '名', '件', '起');

CREATE TYPE funds_kind AS ENUM ('refunded', 'recovered_losses', 'recouped', 'other');

CREATE TYPE qualifier AS ENUM ('exact', 'about', 'nearly', 'over', 'under');

CREATE TYPE issue_status AS ENUM ('completed', 'partially_completed', 'in_progress', 'not_completed', 'other');

CREATE TYPE severity AS ENUM ('info', 'warning', 'error');

CREATE TYPE finding_code AS ENUM ('breakdown_mismatch', 'sanction_category', 'numbering_gap', 'numbering_repeat', 'date_order', 'feedback_late', 'published_late', 'declared_count_mismatch', 'status_sum', 'completion_rate', 'negative_money', 'implausible_count', 'scheme_mismatch', 'title_body_mismatch', 'placeholder', 'truncated', 'leading_debris', 'ambiguous_date', 'impossible_date', 'number_overflow', 'malformed_figure', 'traditional_characters', 'missing_header');

CREATE TYPE input_error_kind AS ENUM ('unreadable', 'not_a_file', 'too_large', 'binary', 'encoding', 'empty', 'not_a_report');

CREATE TYPE date_precision AS ENUM ('day', 'month', 'year');

CREATE TYPE quantity_source AS ENUM ('overview', 'measure');

CREATE TABLE reports (
    report_id VARCHAR,
    path VARCHAR,
    duplicate BOOLEAN NOT NULL,
    ok BOOLEAN NOT NULL,
    error_kind input_error_kind,
    error VARCHAR,
    encoding VARCHAR,
    bom BOOLEAN NOT NULL,
    html BOOLEAN NOT NULL,
    decode_note VARCHAR,
    title VARCHAR,
    title_issuer VARCHAR,
    title_round VARCHAR,
    title_round_number BIGINT,
    title_genre VARCHAR,
    title_scheme scheme,
    title_tag VARCHAR,
    published DATE,
    published_precision date_precision,
    scheme scheme,
    authority VARCHAR,
    team VARCHAR,
    team_number BIGINT,
    team_count BIGINT,
    round BIGINT,
    target VARCHAR,
    target_as_written VARCHAR,
    target_alias VARCHAR,
    kind inspection_kind,
    kinds VARCHAR,
    period_start DATE,
    period_start_precision date_precision,
    period_end DATE,
    period_end_precision date_precision,
    period_text VARCHAR,
    feedback_date DATE,
    feedback_date_precision date_precision,
    feedback_recipient VARCHAR,
    feedback_recipient_as_written VARCHAR,
    declared_categories BIGINT,
    declared_problems BIGINT,
    declared_specific_problems BIGINT,
    declared_measures BIGINT,
    completed BIGINT,
    in_progress BIGINT,
    partially_completed BIGINT,
    not_completed BIGINT,
    completion_rate VARCHAR,
    as_of DATE,
    as_of_precision date_precision,
    institutions BIGINT,
    penalties BIGINT,
    funds BIGINT,
    issues BIGINT,
    measures BIGINT,
    sections BIGINT,
    next_steps BIGINT,
    contact_phones VARCHAR,
    contact_emails VARCHAR,
    signature_issuer VARCHAR,
    signature_date DATE,
    signature_date_precision date_precision,
    errors BIGINT,
    warnings BIGINT,
    infos BIGINT,
    chars BIGINT,
    chars_interpreted BIGINT,
    chars_passages BIGINT,
    chars_uncovered BIGINT
);

CREATE TABLE penalties (
    report_id VARCHAR NOT NULL,
    penalty_id BIGINT NOT NULL,
    category penalty_category NOT NULL,
    kinds VARCHAR,
    label VARCHAR,
    total BIGINT,
    unit person_unit NOT NULL,
    breakdown_sum BIGINT,
    breakdown_partial BOOLEAN NOT NULL,
    part_of BIGINT,
    span_start BIGINT NOT NULL,
    span_end BIGINT NOT NULL,
    char_start BIGINT NOT NULL,
    char_end BIGINT NOT NULL
);

CREATE TABLE sanctions (
    report_id VARCHAR NOT NULL,
    penalty_id BIGINT NOT NULL,
    item BIGINT NOT NULL,
    category penalty_category NOT NULL,
    sanction sanction NOT NULL,
    label VARCHAR,
    count BIGINT,
    span_start BIGINT NOT NULL,
    span_end BIGINT NOT NULL,
    char_start BIGINT NOT NULL,
    char_end BIGINT NOT NULL
);

CREATE TABLE funds (
    report_id VARCHAR NOT NULL,
    funds_id BIGINT NOT NULL,
    kind funds_kind NOT NULL,
    label VARCHAR,
    yuan DECIMAL(38,2) NOT NULL,
    text VARCHAR,
    qualifier qualifier NOT NULL,
    span_start BIGINT NOT NULL,
    span_end BIGINT NOT NULL,
    char_start BIGINT NOT NULL,
    char_end BIGINT NOT NULL
);

CREATE TABLE issues (
    report_id VARCHAR NOT NULL,
    issue_id BIGINT NOT NULL,
    parent_id BIGINT,
    section VARCHAR,
    depth BIGINT NOT NULL,
    number BIGINT,
    label VARCHAR,
    title VARCHAR,
    heading VARCHAR,
    status issue_status,
    status_label VARCHAR,
    measures BIGINT NOT NULL,
    span_start BIGINT NOT NULL,
    span_end BIGINT NOT NULL,
    char_start BIGINT NOT NULL,
    char_end BIGINT NOT NULL
);

CREATE TABLE measures (
    report_id VARCHAR NOT NULL,
    issue_id BIGINT NOT NULL,
    measure_id BIGINT NOT NULL,
    number BIGINT,
    label VARCHAR,
    title VARCHAR,
    documents VARCHAR,
    quantities BIGINT NOT NULL,
    text VARCHAR,
    span_start BIGINT NOT NULL,
    span_end BIGINT NOT NULL,
    char_start BIGINT NOT NULL,
    char_end BIGINT NOT NULL
);

CREATE TABLE quantities (
    report_id VARCHAR NOT NULL,
    source quantity_source NOT NULL,
    issue_id BIGINT,
    measure_id BIGINT,
    quantity_id BIGINT NOT NULL,
    value VARCHAR NOT NULL,
    unit VARCHAR,
    qualifier qualifier NOT NULL,
    text VARCHAR,
    span_start BIGINT NOT NULL,
    span_end BIGINT NOT NULL,
    char_start BIGINT NOT NULL,
    char_end BIGINT NOT NULL
);

CREATE TABLE findings (
    report_id VARCHAR NOT NULL,
    finding_id BIGINT NOT NULL,
    severity severity NOT NULL,
    code finding_code NOT NULL,
    message VARCHAR,
    line BIGINT,
    column_number BIGINT,
    span_start BIGINT,
    span_end BIGINT,
    char_start BIGINT,
    char_end BIGINT,
    spans VARCHAR
);
