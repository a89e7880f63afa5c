package com.relaydesk.ui.appearance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.relaydesk.ui.common.UiTasks;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The text-size commands and where the choice is kept: on the desktop, and with the person working. */
class AppearanceViewModelTest {

    /** Background work waits here until the test runs it, as a worker thread would later. */
    private final Deque<Runnable> background = new ArrayDeque<>();
    private final List<Appearance> onDesktop = new ArrayList<>();
    private final AppearanceViewModel viewModel = new AppearanceViewModel(Appearance.DEFAULT,
            new UiTasks(background::add, Runnable::run), onDesktop::add);

    @Test
    void largerSmallerAndActualSizeStepThroughTheSizesAndSayWhenTheyCanGoNoFurther() {
        viewModel.larger();
        viewModel.larger();
        assertEquals(TextSize.P130, viewModel.textSizeProperty().get());
        assertFalse(viewModel.atActualSizeProperty().get());
        assertEquals("Actual size (now 130%)", viewModel.actualSizeTextProperty().getValue());
        viewModel.actualSize();
        assertEquals(TextSize.ACTUAL, viewModel.textSizeProperty().get());
        assertTrue(viewModel.atActualSizeProperty().get());
        assertEquals("Actual size", viewModel.actualSizeTextProperty().getValue());
        for (int i = 0; i < 10; i++) {
            viewModel.larger();
        }
        assertEquals(TextSize.P175, viewModel.textSizeProperty().get());
        assertTrue(viewModel.atLargestProperty().get());
        viewModel.smaller();
        assertFalse(viewModel.atLargestProperty().get());
    }

    @Test
    void eachChangeIsKeptOnTheDesktopInTheOrderMadeOnOneBackgroundTask() {
        viewModel.larger();
        viewModel.larger();
        viewModel.darkProperty().set(true);
        assertEquals(1, background.size(), "one task writes them one after another");
        runBackground();
        assertEquals(List.of(new Appearance(TextSize.P115, false), new Appearance(TextSize.P130, false),
                new Appearance(TextSize.P130, true)), onDesktop);
        viewModel.smaller();
        runBackground();
        assertEquals(new Appearance(TextSize.P115, true), onDesktop.get(onDesktop.size() - 1), "a later change, later");
    }

    @Test
    void thePersonsSavedChoiceShowsWhenTheyComeAndTheirChangesAreKeptWithThem() {
        List<String> kept = new ArrayList<>();
        viewModel.forPerson(() -> Optional.of("150% dark"), kept::add);
        runBackground();
        assertEquals(new Appearance(TextSize.P150, true), viewModel.current());
        assertEquals(new Appearance(TextSize.P150, true), onDesktop.get(onDesktop.size() - 1),
                "this desktop opens as they left it");
        assertEquals(List.of(), kept, "theirs already: not written back");

        viewModel.larger();
        runBackground();
        assertEquals(List.of("175% dark"), kept);

        viewModel.forNobody();
        viewModel.smaller();
        runBackground();
        assertEquals(List.of("175% dark"), kept, "no mailbox open: kept on the desktop only");
    }

    @Test
    void aPersonWhoNeverChoseKeepsWhatShowsAndAChoiceReadAfterANewerChangeIsNotLaidOverIt() {
        viewModel.larger();
        viewModel.forPerson(Optional::empty, written -> { });
        runBackground();
        assertEquals(TextSize.P115, viewModel.textSizeProperty().get());

        viewModel.forPerson(() -> Optional.of("85% light"), written -> { });
        viewModel.larger(); // pressed while their choice was still being read
        runBackground();
        assertEquals(TextSize.P130, viewModel.textSizeProperty().get());
    }

    @Test
    void aSavedChoiceThatCannotBeReadLeavesWhatShows() {
        viewModel.forPerson(() -> Optional.of("gigantic"), written -> { });
        runBackground();
        assertEquals(Appearance.DEFAULT, viewModel.current());
    }

    private void runBackground() {
        while (!background.isEmpty()) {
            background.poll().run();
        }
    }
}
