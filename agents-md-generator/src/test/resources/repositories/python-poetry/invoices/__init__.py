def total(lines):
    return sum(quantity * price for quantity, price in lines)
