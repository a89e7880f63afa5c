package com.relaydesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The direction of dependencies in style.md: ui → services → rules/model; only ui and app touch JavaFX. */
class ArchitectureTest {

    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.relaydesk");
    }

    @Test
    void nothingOutsideUiAndAppImportsJavaFx() {
        noClasses().that().resideOutsideOfPackages("com.relaydesk.ui..", "com.relaydesk.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..",
                        "org.kordamp.ikonli..", "org.fxmisc..")
                .because("rules, mail, store and lint must run headless, in the CLI and in the relay")
                .check(production);
    }

    @Test
    void viewsKnowNothingOfSql() {
        noClasses().that().resideInAPackage("com.relaydesk.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
                .because("views and view models reach data through services, never through SQL")
                .check(production);
    }

    @Test
    void rulesAndModelDependOnNothingAbove() {
        noClasses().that().resideInAnyPackage("com.relaydesk.rules..", "com.relaydesk.model..")
                .should().dependOnClassesThat().resideInAnyPackage("com.relaydesk.mail..", "com.relaydesk.store..",
                        "com.relaydesk.lint..", "com.relaydesk.templates..", "com.relaydesk.relay..",
                        "com.relaydesk.ui..", "com.relaydesk.app..", "com.relaydesk.cli..", "jakarta.mail..")
                .because("the relay rules are pure functions over model values")
                .check(production);
    }

    @Test
    void spellingIsPureJavaAndTheOnlyUserOfLucene() {
        noClasses().that().resideInAPackage("com.relaydesk.spelling..")
                .should().dependOnClassesThat().resideInAnyPackage("com.relaydesk.mail..", "com.relaydesk.store..",
                        "com.relaydesk.ui..", "com.relaydesk.relay..", "jakarta.mail..", "java.sql..")
                .because("a reply's spelling is checked the same wherever it is written")
                .check(production);
        noClasses().that().resideOutsideOfPackage("com.relaydesk.spelling..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..")
                .because("Hunspell is one library behind one package, replaceable without touching the editor")
                .check(production);
    }

    @Test
    void theLinterAndTemplatesArePureJava() {
        noClasses().that().resideInAnyPackage("com.relaydesk.lint..", "com.relaydesk.templates..")
                .should().dependOnClassesThat().resideInAnyPackage("com.relaydesk.mail..", "com.relaydesk.store..",
                        "com.relaydesk.relay..", "com.relaydesk.cli..", "jakarta.mail..", "java.sql..")
                .because("the same checks run in the compose view, the CLI and the relay, and the store implements "
                        + "TemplateRepository, not the other way round")
                .check(production);
    }

    @Test
    void onlyTheAppWiresTheUi() {
        noClasses().that().resideOutsideOfPackages("com.relaydesk.ui..", "com.relaydesk.app..")
                .should().dependOnClassesThat().resideInAnyPackage("com.relaydesk.ui..", "com.relaydesk.app..")
                .check(production);
    }

    @Test
    void onlyTheDemoServersCertificateUsesBouncyCastle() {
        noClasses().that().resideOutsideOfPackage("com.relaydesk.relay.tls..")
                .should().dependOnClassesThat().resideInAnyPackage("org.bouncycastle..")
                .because("the app's start and `sync` must not load BouncyCastle: only demo-server on the network "
                        + "makes a certificate")
                .check(production);
    }

    @Test
    void teamProfilesArePureJava() {
        noClasses().that().resideInAPackage("com.relaydesk.team..")
                .should().dependOnClassesThat().resideInAnyPackage("com.relaydesk.mail..", "com.relaydesk.store..",
                        "com.relaydesk.session..", "com.relaydesk.ui..", "com.relaydesk.app..", "java.sql..",
                        "jakarta.mail..")
                .because("profiles, PIN checks and the idle lock are decided without a database, server or window")
                .check(production);
    }
}
