export interface CartLine {
  sku: string;
  quantity: number;
  unitCents: number;
}

export function totalCents(lines: CartLine[]): number {
  return lines.reduce((sum, line) => sum + line.quantity * line.unitCents, 0);
}
