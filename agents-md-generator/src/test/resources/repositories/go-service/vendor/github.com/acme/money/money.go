package money

// Cents is an amount in the smallest currency unit.
type Cents int64
