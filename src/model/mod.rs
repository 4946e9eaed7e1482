//! The typed model of a report: plain data, one file per concept. Every type is
//! re-exported at the crate root.

/// Gives an enum `name()`, the name serde writes for each variant (`party_discipline`),
/// written once beside the variants, and `VARIANTS`, for the table test that checks the
/// two agree.
macro_rules! json_names {
    ($ty:ident { $($variant:ident => $name:literal),* $(,)? }) => {
        impl $ty {
            /// The name used in JSON and in the command line's tables (`snake_case`).
            pub const fn name(self) -> &'static str {
                match self {
                    $($ty::$variant => $name,)*
                }
            }

            #[cfg(test)]
            pub(crate) const VARIANTS: &'static [$ty] = &[$($ty::$variant,)*];
        }
    };
}

pub(crate) mod contact;
pub(crate) mod date;
pub(crate) mod inspection;
pub(crate) mod issue;
pub(crate) mod outcomes;
pub(crate) mod overview;
pub(crate) mod passage;
pub(crate) mod penalty;
pub(crate) mod quantity;
pub(crate) mod report;
pub(crate) mod walk;

#[cfg(test)]
mod tests {
    use crate::*;

    fn check<T: serde::Serialize + Copy>(all: &[T], name: impl Fn(T) -> &'static str) {
        for v in all {
            assert_eq!(serde_json::to_value(v).unwrap(), name(*v));
        }
    }

    #[test]
    fn names_are_the_serde_names() {
        check(Scheme::VARIANTS, Scheme::name);
        check(InspectionKind::VARIANTS, InspectionKind::name);
        check(IssueStatus::VARIANTS, IssueStatus::name);
        check(FundsKind::VARIANTS, FundsKind::name);
        check(PassageKind::VARIANTS, PassageKind::name);
        check(PenaltyCategory::VARIANTS, PenaltyCategory::name);
        check(Sanction::VARIANTS, Sanction::name);
        check(PersonUnit::VARIANTS, PersonUnit::name);
        check(Qualifier::VARIANTS, Qualifier::name);
        check(Severity::VARIANTS, Severity::name);
        check(Code::ALL, Code::name);
    }
}
