<?php

namespace Acme\Invoices;

final class Invoice
{
    public function __construct(public readonly int $totalCents)
    {
    }
}
