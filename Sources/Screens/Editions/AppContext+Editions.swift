import LetterDomain
import LetterStore

extension AppContext {
    /// The context with the editions re-read from the store (bundled + stored) and the
    /// store reopened so listings summarise letters against them. Use it after the
    /// editions screen closes: an edition may have been added, changed or deleted.
    /// On a failure to reopen, the store is kept and only the catalog is refreshed.
    public func reloadingEditions() -> AppContext {
        var context = self
        if let (store, catalog, _) = try? LetterStore.openWithEditions(at: store.root) {
            context.store = store
            context.editions = catalog
        } else {
            context.editions = store.editionCatalog().0
        }
        return context
    }
}
