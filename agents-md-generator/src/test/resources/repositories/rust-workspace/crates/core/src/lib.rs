/// Converts an amount between currencies at a fixed rate in basis points.
pub fn convert(cents: i64, rate_bps: i64) -> i64 {
    cents * rate_bps / 10_000
}

#[cfg(test)]
mod tests {
    #[test]
    fn converts_at_par() {
        assert_eq!(super::convert(100, 10_000), 100);
    }
}
