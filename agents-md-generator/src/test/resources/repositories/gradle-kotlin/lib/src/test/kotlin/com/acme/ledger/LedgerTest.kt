package com.acme.ledger

import kotlin.test.Test
import kotlin.test.assertEquals

class LedgerTest {
    @Test
    fun postsAnAmount() {
        val ledger = Ledger()
        ledger.post("cash", 5)
        assertEquals(5, ledger.balance("cash"))
    }
}
