//! The lexical layer (词法): text primitives, numerals, figures, dates, book titles and the
//! Traditional→Simplified map, item labels. Leaf modules: they read the original text, return byte
//! offsets into it and know nothing of a report's parts.

pub(crate) mod dates;
pub(crate) mod documents;
pub(crate) mod figures;
pub(crate) mod items;
pub(crate) mod markup;
pub(crate) mod numerals;
pub(crate) mod t2s;
pub(crate) mod text;
