#pragma once

double Risk(long amount_cents);
