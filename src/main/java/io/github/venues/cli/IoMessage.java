package io.github.venues.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** An I/O failure in words, with the file it concerns: no exception class names for users. */
final class IoMessage {

    private IoMessage() {
    }

    static String of(IOException e) {
        if (e instanceof FileSystemException fs) {
            String what;
            if (e instanceof AccessDeniedException) what = "permission denied";
            else if (e instanceof NoSuchFileException) what = "no such file or folder";
            else if (e instanceof NotDirectoryException) what = "not a folder";
            else if (e instanceof FileAlreadyExistsException) what = "a file is in the way";
            else if (e instanceof DirectoryNotEmptyException) what = "a folder that is not empty is in the way";
            else what = fs.getReason() != null ? fs.getReason() : e.getClass().getSimpleName();
            String file = fs.getFile();
            String other = fs.getOtherFile();
            return (file == null ? "" : file + (other == null ? "" : " → " + other) + ": ") + what;
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
