package com.relaydesk.platform;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Why a file the user asked for could not be written, and what they can do, in their words. Meant
 * for failures of {@link AtomicFile}: its own messages name the temporary file, which the user never
 * chose and which is gone again by then.
 */
public final class FileWriteFailure {

    private FileWriteFailure() {
    }

    /** E.g. "the disk is full; free some space and try again. Nothing was written." — to follow "… could not be saved: ". */
    public static String inWords(Path target, IOException failure) {
        return causeAndRemedy(target.toAbsolutePath(), failure)
                + (Files.exists(target) ? ". The " + target.getFileName() + " already there is unchanged." : ". Nothing was written.");
    }

    private static String causeAndRemedy(Path target, IOException failure) {
        Path folder = target.getParent();
        String reason = failure instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : String.valueOf(failure.getMessage());
        if (Files.isDirectory(target)) {
            return target + " is a folder; choose a file name";
        }
        if (failure instanceof NoSuchFileException) {
            return "the folder " + folder + " does not exist; choose another folder";
        }
        // EACCES is AccessDeniedException; EPERM (an immutable folder, even for root) only says so in its reason.
        if (failure instanceof AccessDeniedException || reason.contains("Operation not permitted")) {
            return "there is no permission to write in " + folder + "; choose another folder";
        }
        if (reason.contains("No space left") || reason.contains("Disk quota exceeded")) {
            return "the disk is full; free some space and try again";
        }
        if (failure instanceof CharacterCodingException) {
            return "some of its text is damaged (half of a character) and cannot be written as UTF-8; please report this";
        }
        if (reason.contains("Read-only file system")) {
            return "the disk of " + folder + " is read-only; choose another folder";
        }
        return reason + "; try again, or choose another folder";
    }
}
