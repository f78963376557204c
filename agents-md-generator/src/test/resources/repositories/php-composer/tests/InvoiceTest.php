<?php

use Acme\Invoices\Invoice;
use PHPUnit\Framework\TestCase;

final class InvoiceTest extends TestCase
{
    public function testKeepsItsTotal(): void
    {
        self::assertSame(100, (new Invoice(100))->totalCents);
    }
}
