package com.relaydesk.cli;

import com.relaydesk.spelling.Dictionaries;
import com.relaydesk.spelling.Spelling;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code relaydesk bench spelling}: per dictionary, its first load, one check of a full reply, one suggestion. */
@Command(name = "spelling", mixinStandardHelpOptions = true,
        description = {"Time the reply editor's spelling: loading each dictionary RelayDesk carries (the first reply in",
            "that language waits for it, in the background), checking a 5,000-character reply (on every change)",
            "and the suggestions for one typo (a right click)."})
final class BenchSpellingCommand implements Callable<Integer> {

    /** A sentence of a typical reply per dictionary, with one typo, repeated to the 5,000-character limit. */
    private static final Map<String, String> REPLY = Map.of(
            "en_US", "Thank you for your message, your parcel left our warehouse this morning and should arive by Friday. ",
            "en_GB", "Thank you for your message, your parcel left our warehouse this morning and should arive by Friday. ",
            "es", "Gracias por su mensaje, su paquete salió de nuestro almacén esta mañana y llegará el viernes sin fallta. ",
            "fr", "Merci pour votre message, votre colis a quitté notre entrepôt ce matin et arrivera vendredi sans fautte. ",
            "nl", "Bedankt voor uw bericht, uw pakket heeft ons magazijn vanochtend verlaten en komt vrijdag aan zonder vertragging. ");

    @Spec
    private CommandSpec spec;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "200",
            description = "Timed checks per dictionary, after as many untimed ones (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Spelling spelling = Spelling.in(Path.of(System.getProperty("java.io.tmpdir"), "relaydesk-bench-spelling-none"));
        out.printf("Spelling, %,d timed checks of a 5,000-character reply per dictionary%n", Math.max(1, runs));
        for (Dictionaries.Available dictionary : spelling.available()) {
            String sentence = REPLY.get(dictionary.tag());
            if (sentence == null) {
                continue; // one found on this system: no sample reply for it
            }
            String reply = sentence.repeat(5000 / sentence.length());
            long start = System.nanoTime();
            int found = spelling.check(dictionary, reply, Set.of()).size();
            double loadMs = (System.nanoTime() - start) / 1e6;
            for (int i = 0; i < runs; i++) {
                spelling.check(dictionary, reply, Set.of());
            }
            double[] check = new double[Math.max(1, runs)];
            for (int i = 0; i < check.length; i++) {
                long t = System.nanoTime();
                spelling.check(dictionary, reply, Set.of());
                check[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(check);
            String typo = spelling.check(dictionary, sentence, Set.of()).get(0).word();
            long s = System.nanoTime();
            List<String> suggestions = spelling.suggest(dictionary, typo);
            double suggestMs = (System.nanoTime() - s) / 1e6;
            out.printf(Locale.ROOT, "%-30s load+first check %7.1f ms   check %5d chars (%d typos) median %6.2f ms  p95 %6.2f ms"
                    + "   suggest \"%s\" %6.1f ms → %s%n", dictionary.name() + " (" + dictionary.tag() + ")", loadMs,
                    reply.length(), found, check[check.length / 2], check[(int) (check.length * 0.95)], typo, suggestMs,
                    suggestions.isEmpty() ? "none" : suggestions.get(0));
        }
        out.flush();
        return 0;
    }
}
