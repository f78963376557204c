fn main() {
    println!("{}", rates_core::convert(100, 10_850));
}
