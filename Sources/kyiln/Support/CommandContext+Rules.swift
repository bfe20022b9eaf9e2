import LetterDomain
import LetterRules
import LetterStore

extension CommandContext {
    /// The rules service every command that changes a letter goes through.
    var service: LetterService {
        LetterService(store: store, editions: editions, user: CurrentUser.name)
    }
}
