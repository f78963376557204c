package com.acme.ledger

class Ledger {
    private val balances = mutableMapOf<String, Long>()

    fun post(account: String, amount: Long) {
        balances[account] = balance(account) + amount
    }

    fun balance(account: String): Long = balances[account] ?: 0
}
