#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Reads a new user's password: the first line of standard input (`--password-stdin`), or typed twice at a
/// terminal prompt with echo turned off.
public enum PasswordInput {
    /// The first line of standard input, without its line end; nil at end of input.
    public static func fromStandardInput() -> String? {
        readLine(strippingNewline: true)
    }

    /// Prompts on standard error without echo (the terminal is restored afterwards); nil when standard input is
    /// not a terminal or the two entries differ.
    public static func prompt() -> String? {
        guard isatty(STDIN_FILENO) == 1 else { return nil }
        var saved = termios()
        guard tcgetattr(STDIN_FILENO, &saved) == 0 else { return nil }
        var silent = saved
        silent.c_lflag &= ~tcflag_t(ECHO)
        _ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent)
        defer {
            _ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        FileHandle.standardError.write(Data("Password: ".utf8))
        guard let first = readLine(strippingNewline: true) else { return nil }
        FileHandle.standardError.write(Data("\nRepeat the password: ".utf8))
        guard let second = readLine(strippingNewline: true), second == first else { return nil }
        return first
    }
}
