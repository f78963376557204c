plugins {
    application
}

dependencies {
    implementation(project(":lib"))
}

application {
    mainClass.set("com.acme.ledger.MainKt")
}
