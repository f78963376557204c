#pragma once
namespace absl { inline int StrLen(const char* s) { int n = 0; while (s[n]) ++n; return n; } }
