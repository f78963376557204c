package com.acme.payments;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.payments.api.PaymentRequest;
import org.junit.jupiter.api.Test;

class PaymentServiceTest {

    @Test
    void authorisesAPositiveAmount() {
        assertTrue(new PaymentService().authorise(new PaymentRequest("acc-1", 1200, "EUR")));
    }
}
