package com.acme.payments.api;

public record PaymentRequest(String account, long amountCents, String currency) {
}
