package com.lumen.shipment;

public class ShipmentApplication {
    public static void main(String[] args) {
        System.out.println("shipment-service");
    }
}
