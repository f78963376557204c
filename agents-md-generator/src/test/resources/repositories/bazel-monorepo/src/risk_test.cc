#include "src/risk.h"
#include "gtest/gtest.h"

TEST(Risk, SmallAmountsAreLowRisk) { EXPECT_LT(Risk(10), 0.5); }
