fn main() {
    let path = std::env::args().nth(1).unwrap();
    let text = std::fs::read_to_string(path).unwrap();
    let r = xunshi::Report::parse(&text).unwrap();
    let mut v = serde_json::to_value(&r).unwrap();
    v["findings"] = serde_json::to_value(r.validate()).unwrap();
    println!("{}", serde_json::to_string_pretty(&v).unwrap());
}
