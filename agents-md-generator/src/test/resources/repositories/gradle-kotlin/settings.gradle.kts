rootProject.name = "ledger"
include(":app", ":lib")
