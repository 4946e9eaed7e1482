//! What `render_roundtrip` compares between a report and its rendering parsed again;
//! shared with the `replay` tool (`fuzz/replay`).

use xunshi::Report;

/// The counts and figures a rendering keeps, as one comparable value.
pub fn key_facts(r: &Report) -> String {
    let measures: Vec<usize> = r.issues.iter().map(|i| i.measures.len()).collect();
    let penalties: Vec<_> = r
        .outcomes
        .iter()
        .flat_map(|o| &o.penalties)
        .map(|p| {
            (
                p.total,
                p.breakdown.iter().map(|b| b.count).collect::<Vec<_>>(),
                p.part_of,
            )
        })
        .collect();
    let funds: Vec<String> = r
        .outcomes
        .iter()
        .flat_map(|o| &o.funds)
        .map(|f| f.amount.yuan.to_string())
        .collect();
    let i = r.inspection.as_ref();
    format!(
        "issues {} measures {measures:?} sections {} penalties {penalties:?} funds {funds:?} \
         institutions {:?} next_steps {} period {:?}..{:?} feedback {:?} signature {:?} \
         target {:?} recipient {:?}",
        r.issues.len(),
        r.sections.len(),
        r.outcomes.as_ref().and_then(|o| o.institutions),
        r.next_steps.len(),
        i.and_then(|i| i.start),
        i.and_then(|i| i.end),
        i.and_then(|i| i.feedback_date),
        r.signature.as_ref().map(|s| (&s.issuer, s.date)),
        i.and_then(|i| i.target.as_ref()),
        i.and_then(|i| i.feedback_recipient.as_ref()),
    )
}
