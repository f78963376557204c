package com.acme.payments;

import com.acme.payments.api.PaymentRequest;

/** Authorises and captures card payments. */
public final class PaymentService {

    public boolean authorise(PaymentRequest request) {
        return request.amountCents() > 0 && request.currency().length() == 3;
    }

    public long fee(PaymentRequest request) {
        return Math.max(30, request.amountCents() * 29 / 1000);
    }
}
