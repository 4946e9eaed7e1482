//! Book titles (书名号): the documents a text names, `《…》` with nesting kept.

/// Titles of documents named in `text` (`《…》`, nesting kept), without the brackets.
pub(crate) fn documents(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    if !text.contains('《') {
        return out;
    }
    // the brackets found by a substring search, not by decoding every character
    // `《` is E3 80 8A and `》` E3 80 8B: find the lead byte, check the other two
    let b = text.as_bytes();
    let marks = memchr::memchr_iter(0xE3, b).filter_map(|i| match (b.get(i + 1), b.get(i + 2)) {
        (Some(0x80), Some(0x8A)) => Some((i, true)),
        (Some(0x80), Some(0x8B)) => Some((i, false)),
        _ => None,
    });
    let mut depth = 0usize;
    let mut start = 0;
    for (i, open) in marks {
        if open {
            if depth == 0 {
                start = i + '《'.len_utf8();
            }
            depth += 1;
        } else if depth > 0 {
            depth -= 1;
            if depth == 0 {
                out.push(text[start..i].to_owned());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_and_unbalanced() {
        assert_eq!(
            documents("出台《办法(试行)》《关于〈规则〉的通知》"),
            ["办法(试行)", "关于〈规则〉的通知"]
        );
        assert_eq!(documents("《外《内》外》"), ["外《内》外"]);
        assert!(documents("》《未闭合").is_empty());
        assert!(documents("没有书名").is_empty());
    }
}
