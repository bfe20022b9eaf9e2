import LetterDomain
import TerminalUI

/// Signing on the review screen: S opens the whole letter as it will be signed with the
/// fields to type; C on an approved letter refuses to sign with what must change.
extension ReviewState {
    mutating func openSigning() {
        if let blocker = document.signingBlocker {
            mode = .notice(Self.notice(title: "Cannot sign", message: blocker))
            return
        }
        guard let letter = document.decidedLetter, let shown = document.textToSign else { return }
        mode = .signing(SigningForm(text: shown.text, sha256: shown.sha256, intent: SigningWords.intent(for: letter),
                                    grantedTitle: document.grantedTitle))
    }

    mutating func handleSigning(_ press: KeyPress, _ form: inout SigningForm) {
        let key = press.key
        if key == .escape || press.is(.back) {
            mode = .reading
            status.show("Not signed: nothing was recorded.")
            return
        }
        if key == .tab || press.is(.nextField) || key == .backTab || press.is(.previousField) {
            form.moveFocus(by: key == .backTab || press.is(.previousField) ? -1 : 1)
            mode = .signing(form)
            return
        }
        if press.is(.save) || key == .enter {
            if key == .enter && form.focus != .words {
                form.moveFocus(by: 1)
                mode = .signing(form)
                return
            }
            if let missing = form.missing {
                mode = .signing(form)
                status.show(missing, kind: .error)
                return
            }
            show(document.sign(name: form.name.text, title: form.title.text, shownSHA256: form.sha256))
            return
        }
        mode = .reading
        form.type(key)
        mode = .signing(form)
    }

    mutating func refuseToSign(comment: String, name: String) {
        guard let shown = document.textToSign else { return }
        show(document.refuseToSign(comment: comment, name: name, shownSHA256: shown.sha256))
    }
}
