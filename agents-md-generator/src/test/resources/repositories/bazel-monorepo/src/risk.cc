#include "src/risk.h"

double Risk(long amount_cents) { return amount_cents > 100000 ? 0.9 : 0.1; }
