import Foundation
import Testing
@testable import OSSRLintKit

@Suite struct LicenceIdentificationHardCaseTests {
    let index = LicenceFixtures.index
    let mit = LicenceFixtures.reference("MIT").text
    let apache = LicenceFixtures.reference("Apache-2.0").text

    @Test(arguments: [
        ("this work is dually licensed", true), ("licensed under either of these", true),
        ("at your option one of", true), ("at your option any later version", false),
        ("at your option", true), ("choice of the licensee", true), ("a choice", false),
        ("under either", false), ("your choice", false),
    ])
    func choiceWordingIsFoundInResidualWords(text: String, offersChoice: Bool) {
        #expect(LicenceIndex.offersChoice(text.split(separator: " ").map(String.init)) == offersChoice)
    }

    /// A text that opens with the licence's title holds the licence from there: a sentence of
    /// its own between the title and the rest is inside the licence, so the licence is modified,
    /// not the plain licence with text before it.
    @Test func sentenceBetweenTheTitleAndTheLicenceModifiesIt() {
        let sentence = "Every redistribution must be reported in writing to the author within thirty days."
        // The reference text opens with its title, "MIT License", as its own paragraph.
        let paragraphs = mit.components(separatedBy: "\n\n")
        #expect(paragraphs.first == "MIT License")
        #expect(index.identify(mit).expression == "MIT")
        let modified = ([paragraphs[0], sentence] + paragraphs.dropFirst()).joined(separator: "\n\n")
        let result = index.identify(modified)
        #expect(result.expression == "LicenseRef-modified-MIT")
        #expect(result.closestNonMatch?.added.contains { $0.hasPrefix("every redistribution must be reported") } == true)
    }

    @Test func dualLicensedFileOffersAChoice() {
        let text = """
        This project is dual-licensed: you may use it under the terms of the MIT licence or of
        the Apache License, Version 2.0, at your option.

        \(mit)

        ----

        \(apache)
        """
        let result = index.identify(text)
        #expect(result.expression == "MIT OR Apache-2.0")
        #expect(result.matches.map(\.spdx) == ["MIT", "Apache-2.0"])
    }

    @Test func mitWithBundledLesserGPLLibraryIsConjunctionWithOrLater() {
        let text = """
        \(mit)

        The bundled library libwidget (src/libwidget) is free software: you can redistribute it
        under the terms of the GNU Lesser General Public License, version 2.1 or (at your option)
        any later version. Its terms follow.

        \(LicenceFixtures.reference("LGPL-2.1").text)
        """
        let result = index.identify(text)
        #expect(result.expression == "MIT AND LGPL-2.1-or-later")
        #expect(result.laterVersionWording == .orLater)
    }

    @Test func lesserGPLCarryingTheGPLItIncorporatesIsOnlyTheLesserGPL() {
        let text = LicenceFixtures.reference("LGPL-3.0").text + "\n\n" + LicenceFixtures.reference("GPL-3.0").text
        let result = index.identify(text)
        #expect(result.matches.map(\.referenceID) == ["LGPL-3.0"])
        #expect(result.expression == "LGPL-3.0")
        #expect(result.notes.contains { $0.contains("no 'or later' statement") })

        let withWording = "Widget is licensed under the GNU LGPL version 3 or any later version.\n\n" + text
        #expect(index.identify(withWording).expression == "LGPL-3.0-or-later")
        let onlyWording = "Widget is licensed under LGPL-3.0-only.\n\n" + text
        #expect(index.identify(onlyWording).expression == "LGPL-3.0-only")
    }

    @Test func gplAppendixTemplateDoesNotDecideOrLater() {
        let result = index.identify(LicenceFixtures.reference("GPL-3.0").text)
        #expect(result.expression == "GPL-3.0")
        #expect(result.laterVersionWording == nil)
        let plus = index.identify("Widget: GPLv2+\n\n" + LicenceFixtures.reference("GPL-2.0").text)
        #expect(plus.expression == "GPL-2.0-or-later")
    }

    @Test func customLicenceForbiddingRedistributionIsLicenseRefAndNotOpenSource() {
        let text = """
        Widget Software Licence

        Copyright (c) 2024 Example Observatory. All rights reserved.

        Permission is granted to members of the Example collaboration to use and modify this
        software for internal research. You may not redistribute the software or any modified
        copy of it, in source or binary form, to any third party without prior written permission
        of the Example Observatory. The software is provided "as is", without warranty of any
        kind; the authors are not liable for any damages arising from its use.
        """
        let result = index.identify(text)
        #expect(result.expression == "LicenseRef-custom")
        #expect(result.isCustomLicence)
        #expect(result.matches.isEmpty)
        #expect(result.notes.contains { $0.contains("restricts redistribution") })
    }

    /// A modified licence is never the standard one: it is `LicenseRef-modified-<closest id>`,
    /// with the differing words as evidence (issue 19).
    @Test func alteredMITIsModifiedMITAndNamesWhatDiffered() throws {
        let altered = mit
            .replacingOccurrences(of: "free of charge", with: "for non-commercial use only")
        let result = index.identify(altered)
        #expect(result.matches.isEmpty)
        #expect(result.expression == "LicenseRef-modified-MIT")
        let nearMiss = try #require(result.closestNonMatch)
        #expect(nearMiss.spdx == "MIT")
        #expect(nearMiss.removed.contains("free of charge"))
        #expect(nearMiss.added.contains("for non commercial use only"))
    }

    @Test func extraTermsBesideTheOnlyLicenceMakeItModified() {
        let text = mit + "\n\nAdditional terms: permission to use, copy or distribute the Software is not granted for "
            + "military applications, and any such use is prohibited without prior written permission of the authors.\n"
        let result = index.identify(text)
        // Terms beside the only licence change it: a modified MIT, never the plain id, with the
        // added words as evidence (issue 19).
        #expect(result.expression == "LicenseRef-modified-MIT")
        #expect(result.matches.isEmpty)
        #expect(result.closestNonMatch?.spdx == "MIT")
        #expect(result.closestNonMatch?.added.contains { $0.hasPrefix("additional terms permission to use") } == true)
        #expect(result.notes.contains { $0.hasPrefix("the text modifies 'MIT'") })
        #expect(index.identify(mit).notes.isEmpty)
    }

    @Test func copyrightHolderInTheDisclaimerIsAVariablePartOfMIT() {
        let oneLine = LicenceTextMutations.rewrapped(mit, width: 10_000)
        let x11Style = oneLine.replacingOccurrences(of: "THE AUTHORS OR COPYRIGHT HOLDERS", with: "ADA EXAMPLE")
        #expect(x11Style != oneLine)
        #expect(index.identify(x11Style).expression == "MIT")
    }

    @Test(arguments: [
        ("README", """
        # Widget

        Widget reduces telescope images. Install it with `pip install widget` and run
        `widget reduce raw/*.fits`. See the documentation at https://widget.example.org.

        ## Contributing

        Pull requests are welcome. Please run the tests first.

        ## Licence

        Widget is licensed under the MIT License; see LICENSE for details.
        """),
        ("Swift source", """
        import Foundation

        /// Reduces one image.
        public struct Reducer {
            public var gain: Double
            public func reduce(_ pixels: [Double]) -> [Double] {
                pixels.map { $0 * gain } // no licence here
            }
        }
        """),
        ("changelog", """
        # Changelog

        ## 2.1.0 - 2024-03-02
        - Added a dark-frame option.
        - Fixed the licence file name in the package metadata.

        ## 2.0.0 - 2023-11-20
        - Dropped Python 3.8; redistributed wheels for macOS.
        """),
    ])
    func textsThatAreNotLicencesHaveNoLicence(_ name: String, _ text: String) {
        let result = index.identify(text)
        #expect(result.expression == nil, "\(name): \(String(describing: result.expression))")
        #expect(result.matches.isEmpty, "\(name)")
    }

    @Test func nearTwinsKeepTheirOwnIDs() {
        let groups = [["BSD-2-Clause", "BSD-3-Clause", "BSD-4-Clause", "BSD-3-Clause-Clear"],
                      ["MIT", "MIT-0", "ISC", "0BSD"],
                      ["GPL-2.0", "GPL-3.0", "LGPL-2.1", "LGPL-3.0", "AGPL-3.0"],
                      ["EUPL-1.1", "EUPL-1.2"], ["CERN-OHL-P-2.0", "CERN-OHL-S-2.0", "CERN-OHL-W-2.0"],
                      ["CC-BY-4.0", "CC-BY-SA-4.0"]]
        for group in groups {
            for id in group {
                let result = index.identify(LicenceTextMutations.rewrapped(LicenceFixtures.reference(id).text, width: 66))
                if let deviation = LicenceReferenceIdentificationTests.deviations[id] {
                    // choosealicense's text differs from the template: modified, but still named after itself.
                    #expect(result.expression?.hasPrefix(deviation.expression) == true, "\(id)")
                } else {
                    #expect(result.matches.map(\.referenceID) == [id], "\(id): \(result.expression ?? "nil")")
                }
            }
        }
    }
}
