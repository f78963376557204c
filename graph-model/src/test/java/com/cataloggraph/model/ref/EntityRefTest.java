package com.cataloggraph.model.ref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EntityRefTest {

    @Test
    void parsesAFullRefKeepingTheWrittenCase() {
        EntityRef ref = EntityRef.parse("Component:Payments-NS/Checkout");

        assertThat(ref).isEqualTo(new EntityRef("Component", "Payments-NS", "Checkout"));
        assertThat(ref.canonical()).isEqualTo("component:payments-ns/checkout");
        assertThat(ref.toString()).isEqualTo("Component:Payments-NS/Checkout");
    }

    @ParameterizedTest(name = "{0} with defaults ({1}, {2}) is {3}")
    @CsvSource(nullValues = "null", value = {
            "payments,            group,     default,  group:default/payments",
            "payments,            group,     finance,  group:finance/payments",
            "team-a/payments,     group,     finance,  group:team-a/payments",
            "user:payments,       group,     finance,  user:finance/payments",
            "user:ops/jane,       group,     finance,  user:ops/jane",
            "system:Payments,     null,      default,  system:default/payments",
            "a/b:c,               component, default,  component:a/b:c",
            "a:b/c/d,             null,      default,  a:b/c/d",
            "k:n:x,               null,      default,  k:default/n:x",
            "Group:Default/Team-A, null,     null,     group:default/team-a",
    })
    void appliesBackstageParseOrderAndDefaults(String text, String defaultKind, String defaultNamespace,
                                               String canonical) {
        assertThat(EntityRef.parse(text, defaultKind, defaultNamespace).canonical()).isEqualTo(canonical);
    }

    @Test
    void slashBeforeColonMeansThereIsNoKind() {
        EntityRef ref = EntityRef.parse("a/b:c", "component", "default");

        assertThat(ref.kind()).isEqualTo("component");
        assertThat(ref.namespace()).isEqualTo("a");
        assertThat(ref.name()).isEqualTo("b:c");
    }

    @Test
    void aRefWithoutKindNeedsADefaultKind() {
        assertThatThrownBy(() -> EntityRef.parse("payments", null, "default"))
                .isInstanceOf(InvalidEntityRefException.class)
                .hasMessage("Entity reference \"payments\" had missing or empty kind "
                        + "(e.g. did not start with \"component:\" or similar)");
    }

    @Test
    void aBareRefWithoutDefaultsCannotBeParsed() {
        assertThatThrownBy(() -> EntityRef.parse("payments")).isInstanceOf(InvalidEntityRefException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {":payments", "component:/payments", "component:default/", "/payments", "component:",
            "default/"})
    void emptyPartsAreErrors(String text) {
        assertThatThrownBy(() -> EntityRef.parse(text, "component", "default"))
                .isInstanceOf(InvalidEntityRefException.class)
                .hasMessage("Entity reference \"" + text + "\" was not on the form [<kind>:][<namespace>/]<name>");
    }

    @Test
    void anEmptyRefIsAnError() {
        assertThatThrownBy(() -> EntityRef.parse("", "component", "default"))
                .isInstanceOf(InvalidEntityRefException.class)
                .hasMessage("Entity reference must not be empty");
        assertThatThrownBy(() -> EntityRef.parse(null, "component", "default"))
                .isInstanceOf(InvalidEntityRefException.class);
    }

    @Test
    void theNamespaceFallsBackToDefaultWhenNoneIsGiven() {
        assertThat(EntityRef.parse("component:payments", null, null).namespace()).isEqualTo("default");
        assertThat(EntityRef.parse("component:payments", null, "").namespace()).isEqualTo("default");
    }

    @Test
    void refsCompareByCanonicalForm() {
        EntityRef upper = EntityRef.parse("Component:Default/Payments");
        EntityRef lower = EntityRef.parse("component:default/payments");

        assertThat(upper).isNotEqualTo(lower);
        assertThat(upper.sameAs(lower)).isTrue();
        assertThat(upper.sameAs(EntityRef.parse("component:default/billing"))).isFalse();
    }

    @Test
    void tryParseReturnsNullForAnInvalidRef() {
        assertThat(EntityRef.tryParse("payments")).isNull();
        assertThat(EntityRef.tryParse("api:default/payments-api").canonical()).isEqualTo("api:default/payments-api");
    }

    @Test
    void partsMustNotBeEmptyWhenBuiltDirectly() {
        assertThatThrownBy(() -> new EntityRef("component", "", "x")).isInstanceOf(InvalidEntityRefException.class);
    }
}
