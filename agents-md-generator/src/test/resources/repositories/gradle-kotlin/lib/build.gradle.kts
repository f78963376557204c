dependencies {
    testImplementation(kotlin("test"))
}
