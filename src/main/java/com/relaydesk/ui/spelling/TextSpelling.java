package com.relaydesk.ui.spelling;

import com.relaydesk.platform.UserFacingException;
import com.relaydesk.spelling.Dictionaries.Available;
import com.relaydesk.spelling.Misspelling;
import com.relaydesk.spelling.Spelling;
import com.relaydesk.ui.common.UiTasks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Spelling in a text being written — a reply, or a template: the dictionary chosen for it (the
 * buyer's or the template's language, spelt as the marketplace spells it), the words it does not
 * know — the editor underlines them — and what the seller can do with one: take a suggestion, add
 * it to the dictionary, or ignore it in this text. The buyer's and the shop's names are right as
 * written. Advice only: spelling never holds a reply or a template back.
 */
public final class TextSpelling {

    private final UiTasks tasks;
    private final Consumer<String> status;
    /** What the text is, for the menu: "reply", "template". */
    private final String what;
    /** "Off" first, then the dictionaries by name. */
    private final ObservableList<Optional<Available>> choices = FXCollections.observableArrayList();
    private final ObjectProperty<Optional<Available>> dictionary = new SimpleObjectProperty<>(Optional.empty());
    private final ObservableList<Misspelling> misspellings = FXCollections.observableArrayList();
    /** Lower case: the shop's and the buyer's names. */
    private final Set<String> names = new HashSet<>();
    /** Lower case: the words ignored in this text. */
    private final Set<String> ignored = new HashSet<>();
    private Spelling spelling;
    /** What the text was started for: its language and the buyer's marketplace (may be null). */
    private String language;
    private String relayDomain;
    private String text = "";
    /** Which check is the latest: an older one finishing late must not draw over it. */
    private long generation;

    public TextSpelling(UiTasks tasks, Consumer<String> status, String what) {
        this.tasks = tasks;
        this.status = status;
        this.what = what;
        choices.add(Optional.empty());
        dictionary.addListener((obs, old, now) -> check(text));
    }

    public void use(Spelling service, String shopName) {
        this.spelling = service;
        knowNames(shopName);
    }

    /**
     * A text in {@code language} to a buyer on the marketplace of {@code relayDomain} (may be
     * null); {@code buyerName} (may be null) is right as written.
     */
    public void start(String language, String relayDomain, String buyerName) {
        knowNames(buyerName);
        this.language = language;
        this.relayDomain = relayDomain;
        if (spelling == null) {
            return;
        }
        Spelling service = spelling;
        tasks.run(() -> new Chosen(service.available(),
                service.switchedOff() ? Optional.empty() : service.forReply(language, relayDomain)), chosen -> {
            choices.setAll(Optional.empty());
            chosen.available().forEach(d -> choices.add(Optional.of(d)));
            dictionary.set(chosen.forReply());
        }, e -> status.accept("Spelling is not checked: " + UserFacingException.describe(e)));
    }

    private record Chosen(List<Available> available, Optional<Available> forReply) { }

    private void knowNames(String written) {
        if (written != null) {
            for (String part : written.split("[^\\p{L}'’]+")) {
                if (!part.isEmpty()) {
                    names.add(part.toLowerCase(Locale.ROOT));
                }
            }
        }
    }

    /** The text changed: its words are checked again (in the background). */
    public void check(String now) {
        text = now;
        long mine = ++generation;
        Optional<Available> chosen = dictionary.get();
        if (spelling == null || chosen == null || chosen.isEmpty()) {
            misspellings.clear();
            return;
        }
        Spelling service = spelling;
        Set<String> known = new HashSet<>(names);
        known.addAll(ignored);
        tasks.run(() -> service.check(chosen.get(), now, known), found -> {
            if (mine == generation) {
                misspellings.setAll(found);
            }
        }, e -> {
            if (mine == generation) {
                dictionary.set(Optional.empty()); // said once, not on every key
                status.accept(UserFacingException.describe(e));
            }
        });
    }

    /**
     * The seller chose in the list beside the text: "off" is kept for the next texts (a seller who
     * does not want it is not asked again in each one), choosing a dictionary switches it on again,
     * and one of the text's own language is kept as the seller's choice (see {@link Spelling#choose}).
     */
    public void choose(Optional<Available> choice) {
        dictionary.set(choice);
        if (spelling != null) {
            Spelling service = spelling;
            String inLanguage = language;
            String onMarketplace = relayDomain;
            tasks.run(() -> {
                service.choose(inLanguage, onMarketplace, choice);
                return null;
            }, done -> { }, e -> status.accept("The spelling choice could not be kept: " + e.getMessage()));
        }
    }

    /** The unknown word at {@code index} in the text (a caret just after it counts), if any. */
    public Optional<Misspelling> at(int index) {
        return misspellings.stream().filter(m -> m.start() <= index && index <= m.end()).findFirst();
    }

    /** What the dictionary would write instead of {@code word}, given to {@code then} on the UI thread. */
    public void suggestionsFor(Misspelling word, Consumer<List<String>> then) {
        Optional<Available> chosen = dictionary.get();
        if (spelling == null || chosen.isEmpty()) {
            then.accept(List.of());
            return;
        }
        Spelling service = spelling;
        tasks.run(() -> new ArrayList<>(service.suggest(chosen.get(), word.word())), then::accept,
                e -> then.accept(List.of()));
    }

    /** Right in this text only (a name, a word in another language): no longer marked here. */
    public void ignore(Misspelling word) {
        ignored.add(word.word().toLowerCase(Locale.ROOT));
        check(text);
    }

    /** Another text is in the editor (the next template): the words ignored in the last one are marked again. */
    public void anotherText() {
        ignored.clear();
    }

    /** Right in every text from now on: kept in the seller's own words. */
    public void addToDictionary(Misspelling word) {
        if (spelling == null) {
            return;
        }
        Spelling service = spelling;
        tasks.run(() -> {
            service.addWord(word.word());
            return null;
        }, done -> check(text), e -> status.accept("“" + word.word() + "” could not be added to the dictionary: "
                + e.getMessage()));
    }

    /** "Spelling: English (United States)", "Spelling: off". */
    public static String choiceName(Optional<Available> choice) {
        return choice == null || choice.isEmpty() ? "Spelling: off" : "Spelling: " + choice.get().name();
    }

    /** "reply", "template": what "Ignore … in this …" speaks of. */
    public String what() {
        return what;
    }

    public ObservableList<Optional<Available>> choices() {
        return choices;
    }

    public ObjectProperty<Optional<Available>> dictionaryProperty() {
        return dictionary;
    }

    public ObservableList<Misspelling> misspellings() {
        return misspellings;
    }
}
