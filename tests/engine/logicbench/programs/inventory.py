"""Stock keeping."""


class Inventory:
    def __init__(self):
        self.stock = {}
        self.prices = {}

    def add(self, sku, quantity, price=None):
        if quantity <= 0:
            raise ValueError("quantity must be positive")
        self.stock[sku] = self.stock.get(sku, 0) + quantity
        if price is not None:
            self.prices[sku] = price

    def remove(self, sku, quantity):
        available = self.stock.get(sku, 0)
        if quantity > available:
            raise ValueError(f"only {available} of {sku} in stock")
        left = available - quantity
        if left:
            self.stock[sku] = left
        else:
            del self.stock[sku]

    def total_value(self):
        return sum(quantity * self.prices.get(sku, 0) for sku, quantity in self.stock.items())

    def low_stock(self, threshold):
        return sorted(sku for sku, quantity in self.stock.items() if quantity < threshold)

    def most_valuable(self):
        if not self.stock:
            return None
        return max(self.stock, key=lambda sku: self.stock[sku] * self.prices.get(sku, 0))

    def restock_order(self, target):
        """{sku: quantity} to bring every known item up to target."""
        order = {}
        for sku in self.prices:
            missing = target - self.stock.get(sku, 0)
            if missing > 0:
                order[sku] = missing
        return order
