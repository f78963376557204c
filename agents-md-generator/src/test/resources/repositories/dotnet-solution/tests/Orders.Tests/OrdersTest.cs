namespace Orders.Tests;

public class OrdersTest
{
    [Fact]
    public void ListsNoOrdersAtFirst() => Assert.True(true);
}
