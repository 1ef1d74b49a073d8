<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>App</name>
        <message>
            <source>Already open</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AppLock</name>
        <message>
            <source>Protect with a &amp;passcode…</source>
            <translation>الحماية بـ&amp;رمز مرور…</translation>
        </message>
        <message>
            <source>&amp;Lock now</source>
            <translation>&amp;قفل الآن</translation>
        </message>
        <message>
            <source>If you like, this library can be protected with a passcode: Container ▸ Protect with a passcode…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ArrangeBar</name>
        <message>
            <source>Arrange</source>
            <translation>ترتيب</translation>
        </message>
        <message>
            <source>Arrange the selection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add photo…</source>
            <translation>إضافة صورة…</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>لصق</translation>
        </message>
        <message>
            <source>Flip across</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flip up and down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bring forward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour it</source>
            <translation>لوّنه</translation>
        </message>
        <message>
            <source>Give the chosen sticker, outline or words the current colour</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Artwork</name>
        <message>
            <source>Container outline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sticker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Box</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Safe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bottle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Envelope</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blank page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Padlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open padlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Combination lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Old key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chain link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lid</source>
            <translation>الغطاء</translation>
        </message>
        <message>
            <source>Hinge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tape</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Boundary bubble</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shield</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>House</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anchor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mountains</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leaf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flower</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Butterfly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feather</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sun</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cloud</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Candle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bandage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Heart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Star</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ArtworkDock</name>
        <message>
            <source>Containers and stickers</source>
            <translation>حاويات وملصقات</translation>
        </message>
        <message>
            <source>Kinds of artwork</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Container outlines</source>
            <translation>أشكال الحاويات</translation>
        </message>
        <message>
            <source>Stickers</source>
            <translation>ملصقات</translation>
        </message>
        <message>
            <source>Containers</source>
            <translation>الحاويات</translation>
        </message>
    </context>
    <context>
        <name>AskValueDialog</name>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OK</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Autosaver</name>
        <message>
            <source>Your latest change could not be kept just yet; it is still open here, and another try will follow in a moment.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BreathingPacer</name>
        <message>
            <source>Breathing guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Breathe in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rest for a moment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Breathe out, slowly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press Start when you're ready</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CalmDialog</name>
        <message>
            <source>A calm sign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OK</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CanvasArea</name>
        <message>
            <source>Photos</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CanvasView</name>
        <message>
            <source>Drawing canvas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draw with the mouse or a pen, or from the keys: the arrow keys move the pen and Space puts it down and lifts it. Space and drag, or the middle button, pans.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClosedLidMark</name>
        <message>
            <source>Lid closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The lid is closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The lid is closed. Session → Open the lid… opens it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CompareVersionsDialog</name>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Side by side</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContainerNaming</name>
        <message>
            <source>Container, %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New container</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What would you like to call it? You can change this later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New title:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DescriptionWords</name>
        <message numerus="yes">
            <source>%n %1 outline(s)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n %1 sticker(s)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n %1 stroke(s)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n %1 shape(s)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n piece(s) of writing</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n photo(s)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n filled area(s)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n slip(s)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n other thing(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(folded)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>(%n folded)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The page is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>closed (the lid is on)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExceptionGuard</name>
        <message>
            <source>Container Studio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something unexpected happened. Your work is kept; you may carry on, or close and reopen Container Studio.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A note for whoever looks after Container Studio was written to %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something unexpected happened</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportActions</name>
        <message>
            <source>Export &amp;PDF…</source>
            <translation>تصدير &amp;PDF…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;طباعة…</translation>
        </message>
        <message>
            <source>Export P&amp;NG…</source>
            <translation>تصدير P&amp;NG…</translation>
        </message>
        <message>
            <source>Paper &amp;container…</source>
            <translation>حاوية &amp;ورقية…</translation>
        </message>
        <message>
            <source>Saved as %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export PNG</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Width in pixels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the PNG</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the paper container</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Making the paper container…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That export could not be made this time; nothing was saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export a PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview of the first page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reflections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check-in figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where the container is kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slips</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slips are private. Once they are in a PDF, the file is yours to look after: it is no longer inside Container Studio's care.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About including slips</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The lid is closed, so the slips and the inside stay in the container. If you'd like them here, you may open the lid first (Session → Open the lid…).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About the closed lid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outside</source>
            <translation>الخارج</translation>
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password for the PDF (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Making the PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved as %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The PDF could not be made this time; nothing was saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preparing the pages…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GroundingDialog</name>
        <message>
            <source>Ground me</source>
            <translation>ثبّتني</translation>
        </message>
        <message>
            <source>You might try one of these, for as long as it helps. Your work is kept just as it was. Stop whenever you like.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grounding exercises</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notice your feet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You might notice your feet on the floor and the chair holding you. Name three things you can see around you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My safety card</source>
            <translation>بطاقة الأمان الخاصة بي</translation>
        </message>
        <message>
            <source>Open my safety card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Return to my container</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Breathing pace (slower to the right)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today is %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop the breathing guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start the breathing guide</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GroupPrintDialog</name>
        <message>
            <source>Print together</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One container is chosen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%d containers are chosen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the outside of each goes on paper.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Containers per sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Per sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print each title underneath</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the sheets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Making the sheets…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preparing the pages…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved as %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sheets could not be made this time; nothing was saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GroupSession</name>
        <message>
            <source>&amp;Group session…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Before you hand over…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A group session gathers profiles kept on this computer.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GroupSessionDialog</name>
        <message>
            <source>Group session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick each participant's container to print them together. A closed lid stays closed on paper, and slips never go on paper.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participants' containers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passcode of the chosen profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open with its passcode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open with its passcode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a &amp;portable file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a portable file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show what open containers hold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print &amp;together…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print together</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gathering the profiles…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This computer's first profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s: locked: open with its passcode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The profiles could not be gathered this time; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That passcode did not open this profile. You may try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The profile is open for this group session.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Portable files (*.csportable);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking the file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Brought along: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That file could not be read; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One participant's container is chosen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%d participants' containers are chosen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed lids stay closed; open containers show what they hold.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the outside of each goes on paper.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print each person's name underneath</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Guide</name>
        <message>
            <source>Guide</source>
            <translation>الدليل</translation>
        </message>
    </context>
    <context>
        <name>GuideController</name>
        <message>
            <source>Some exercise files were set aside for now, and the others are ready: %s</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>…and %n more note(s).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Handover</name>
        <message>
            <source>Container files (*.csportable *.cssealed);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Therapist cards (*.cscard);;All files (*)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HandoverFeature</name>
        <message>
            <source>Send to my &amp;therapist…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import a container…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a p&amp;ortable file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Therapist &amp;card…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;What left the app</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sealed and saved as %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a portable file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A portable file is not sealed: whoever has it can open what it holds. Would you like the slips to go with it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With the slips</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Without the slips</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Portable files (*.csportable)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved as %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The portable file could not be made; nothing was saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a container</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A container came in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It is in your library now, as a new container, with its versions. You may open it now, or later from the library.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file stays outside</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file cannot be taken in just now; your library is as it was.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Where is my data?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About the container exercise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything you make is kept in this folder on this computer:
%s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your library is still opening; its folder shows here once it is open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where is my data?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing leaves this computer unless you export, print or hand it over yourself. Settings shows the folder too, with a button that opens it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About the container exercise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The container is a place for what feels too much to carry right now. You make it, put things inside without going into them, and close it, until you choose to open it again, ideally together with your therapist. It holds things for a while; it is not a way to bury them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If you often lose track of time or of yourself, if the exercise keeps pulling you back, or if what you hold feels very heavy, it may be kinder to do this with your therapist rather than alone. Ground me is always one click away (%s).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HideScreen</name>
        <message>
            <source>Blank page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Return</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryDock</name>
        <message>
            <source>History</source>
            <translation>السجل</translation>
        </message>
        <message>
            <source>History of steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Steps so far</source>
            <translation>الخطوات حتى الآن</translation>
        </message>
        <message>
            <source>Choose a step to go back to it; later steps stay until you change something.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KeptWhereWidget</name>
        <message>
            <source>Or in your own words…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where your container is kept</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>ال&amp;لغة</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>مثل النظام</translation>
        </message>
        <message>
            <source>The language your computer uses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Container Studio will speak %s from its next start. Everything here stays as it is.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LanguageRow</name>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LibraryDialog</name>
        <message>
            <source>Library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Containers and Trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your containers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search by title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Containers, newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New container…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move to &amp;Trash…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Print together…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose several containers (Ctrl or Shift click) to print them together</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Containers here can be restored at any time. “Remove for good” removes a container from Container Studio's library and from backups made from now on. Copies on other disks, exported files, and backups made earlier are not reached.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Containers here can be restored at any time. “Remove for good” removes a container from Container Studio's library and destroys its key, so no backup, made earlier or later, can show it again. Exported files are not reached.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>R&amp;estore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove for &amp;good…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Container actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>● Open now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s (copy)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move to Trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move “%s” to the Trash?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep it here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing is lost: you can bring it back from the Trash tab whenever you like.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove for good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove “%s” for good?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep it in the Trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This removes the container, its versions, notes and slips from Container Studio's library and from backups made from now on. It cannot be brought back. Copies on other disks, exported files and backups made earlier are not reached.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This removes the container, its versions, notes and slips from Container Studio's library and destroys its key, so no backup or copy of the library, made earlier or later, can show it again. It cannot be brought back. Exported files are not reached.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LidClosedNote</name>
        <message>
            <source>The lid is closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your container is closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It is kept: %s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>Container Studio is locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock screen message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If the passcode is forgotten, nobody can open this library again without its recovery key; that is what keeps it private.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You may type the twelve words of your recovery key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use the passcode instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your passcode opens it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passcode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use the recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Those words do not open this library. You may check them and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That passcode does not open this library. You may try again when you're ready.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The next try opens in a moment.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Container Studio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save status</source>
            <translation>حالة الحفظ</translation>
        </message>
        <message>
            <source>Opening your container…</source>
            <translation>جارٍ فتح حاويتك…</translation>
        </message>
        <message>
            <source>Opening your container</source>
            <translation>جارٍ فتح حاويتك</translation>
        </message>
        <message>
            <source>Opening your library…</source>
            <translation>جارٍ فتح مكتبتك…</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>الرئيسية</translation>
        </message>
        <message>
            <source>Main actions</source>
            <translation>الإجراءات الرئيسية</translation>
        </message>
        <message>
            <source>&amp;New container</source>
            <translation>حاوية &amp;جديدة</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;تراجع</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>إ&amp;عادة</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>ت&amp;كبير</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>ت&amp;صغير</translation>
        </message>
        <message>
            <source>&amp;Fit to window</source>
            <translation>ملاءمة ال&amp;نافذة</translation>
        </message>
        <message>
            <source>100 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow the system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My container</source>
            <translation>حاويتي</translation>
        </message>
        <message>
            <source>Your open container stays as it is; you may try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This container cannot be opened just now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your work is kept automatically.</source>
            <translation>يُحفظ عملك تلقائيًا.</translation>
        </message>
        <message>
            <source>Undo %s</source>
            <translation>تراجع عن %s</translation>
        </message>
        <message>
            <source>Redo %s</source>
            <translation>إعادة %s</translation>
        </message>
        <message>
            <source>Kept at %s</source>
            <translation>حُفظ عند %s</translation>
        </message>
        <message>
            <source>Your work is still open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Would you like to close anyway?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close anyway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stay open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Container</source>
            <translation>&amp;الحاوية</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;تحرير</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;عرض</translation>
        </message>
        <message>
            <source>More actions</source>
            <translation>إجراءات أخرى</translation>
        </message>
    </context>
    <context>
        <name>OpenContainer</name>
        <message>
            <source>This version could not be kept just yet; your work itself is still kept.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PackEditorDialog</name>
        <message>
            <source>Edit exercises</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose an exercise and make your own copy of it. You can change the words of its steps, their order, hide a step or add one. The shipped exercise stays as it is, and the client sees which steps you changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exercise to copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make my own copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make my own copy of this exercise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name of your copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide this step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the step up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the step down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide this step from the client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a step after this one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invitation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the client will see it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the client will see it:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed by your therapist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About saving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save my copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save my copy of the exercise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the editor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s (my version)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(a step without a title yet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s (hidden)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s (changed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This step is hidden: the client will not see it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step %d of %d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A step of your own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You may take a quiet moment here, for as long as you like.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You may keep at least one step showing, then save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This step still needs a title and an invitation; then you can save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving your copy…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your copy is kept. The guide offers it as “%s”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your copy could not be kept just now (perhaps the disk is full or the folder is read-only). Your changes are still here; you may try again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PackEditorFeature</name>
        <message>
            <source>Edit exercises…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make your own copy of an exercise and change its steps</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PaletteWidget</name>
        <message>
            <source>Other colour…</source>
            <translation>لون آخر…</translation>
        </message>
        <message>
            <source>Choose any colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colours: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a colour</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Palettes</name>
        <message>
            <source>Calm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sea blue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sky blue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Teal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sage green</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moss green</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warm yellow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Peach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dusty rose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lavender</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Soft brown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Charcoal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour-blind safe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Black</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Orange</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bluish green</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yellow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vermilion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reddish purple</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>White</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>High contrast</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Red</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Magenta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purple</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dark blue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cyan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Green</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Parts</name>
        <message>
            <source>Outside</source>
            <translation>الخارج</translation>
        </message>
        <message>
            <source>Inside</source>
            <translation>الداخل</translation>
        </message>
        <message>
            <source>Lid</source>
            <translation>الغطاء</translation>
        </message>
    </context>
    <context>
        <name>PartsBar</name>
        <message>
            <source>Parts</source>
            <translation>الأجزاء</translation>
        </message>
        <message>
            <source>Parts of the container</source>
            <translation>أجزاء الحاوية</translation>
        </message>
        <message>
            <source>Working on:</source>
            <translation>العمل على:</translation>
        </message>
        <message>
            <source>New work goes on the %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Work on the %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show closed</source>
            <translation>عرض مغلقة</translation>
        </message>
        <message>
            <source>The outside with the lid on, as the container looks shut</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show open</source>
            <translation>عرض مفتوحة</translation>
        </message>
        <message>
            <source>The outside and what it holds, the lid set aside</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What you see</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show or hide the %s on the canvas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What you see: the container closed, open, or one part at a time</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PasscodeDialog</name>
        <message>
            <source>Protect with a passcode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passcode message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current passcode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New passcode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New passcode again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock after minutes without use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This library is protected. You may change the passcode (nothing else is touched), make a new recovery key, or remove the protection, which turns the library and its backups back into plain files.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>or the recovery key's twelve words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With a passcode, everything you make and write is encrypted on this computer, your backups too, and the app asks for it when it starts and after a quiet while. Please know: a forgotten passcode cannot be recovered by anyone; only a recovery key, which you may make next, opens the library then.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change passcode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make a recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the passcode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Protect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A passcode of at least four characters, please.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two new passcodes are not the same yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The passcode is changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your library is protected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your library and its backups are now encrypted. Would you like a recovery key, twelve words that open the library if the passcode is forgotten?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some backups were left as they were</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These backups could not be read, so they were left exactly as they were. You may delete them:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PauseScreen</name>
        <message>
            <source>Paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take all the time you need. Your work is kept just as it was,
and the session clock is resting too.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume when you're ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ground me</source>
            <translation>ثبّتني</translation>
        </message>
    </context>
    <context>
        <name>PdfWords</name>
        <message>
            <source>Reflections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where the container is kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slips</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step {n} of {m}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your paper container: the box</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your paper container: the lid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your paper container: an envelope</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>glue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1. Cut along the solid lines.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2. Fold along the dashed lines, picture side out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3. Put a little glue on the grey tabs and tuck them inside the side walls.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1. Cut along the solid lines and fold along the dashed lines.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2. Glue the grey tabs inside, as for the box.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3. The lid is a little larger than the box, so it slides over it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1. Cut along the solid lines; fold the side flaps in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2. Glue the grey bottom flap over them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3. Tuck the top flap in to close it, and open it whenever you choose.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PhotoImporter</name>
        <message>
            <source>Bringing in a photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photo %p %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add photos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pictures (%s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pasted picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add photo</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PrintPages</name>
        <message>
            <source>Print preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page number</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProblemTexts</name>
        <message>
            <source>line {line}, column {column}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line {line}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>step {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>step “{step}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>field “{field}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{place}: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The step “{step}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the step “{step}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{key} in senses item {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pack id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>minutes estimate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>senses list for its senses exercise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>true/false ({written})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a number ({written})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>text (“{written}”)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a date or time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{path}”, where the library belongs, points to nothing that can be read, so Container Studio left it exactly as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{path}”, where the library belongs, is a folder, not a library file, so Container Studio left it exactly as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{path}”, where the library belongs, is not an ordinary file, so Container Studio left it exactly as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The library file “{path}” is empty (0 bytes), not a library, so Container Studio left it exactly as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The library file “{path}” cannot be read just now, so Container Studio left it exactly as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The library file “{path}” seems damaged (cut short), so Container Studio left it exactly as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The library file “{path}” is not a Container Studio library, so Container Studio left it exactly as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The library file “{path}” seems damaged, so Container Studio left it exactly as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The library file “{path}” belongs to another program, so Container Studio left it exactly as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The library file “{path}” appeared while a new library was being made, so Container Studio left it exactly as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The library file “{path}” was written by a newer Container Studio, so this version left it untouched. You may open it with the newer version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The library in “{folder}” could not be opened just now, so it was left as it is. You may start Container Studio again, or choose another folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The disk is full ({folder}), so the latest change is not kept yet. Your work is still open; when you free some space, it will be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The data folder ({folder}) cannot be written to right now. Your work is still open; you may choose another folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The data folder “{folder}” could not be made. You may choose another one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The data folder “{folder}” cannot be written to just now (it may be on a read-only disk), so the library there was left untouched. You may make the folder writable, or choose another one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This container was saved by a newer Container Studio, so it was left as it is. You may open it with the newer version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Part of this container could not be read back, so it was left exactly as it is; nothing was deleted. Your other containers are unaffected, and an earlier version or an automatic backup may hold this one whole.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No automatic backup was found in “{folder}”, so the library file was left as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That passcode does not open this library. You may try again when you're ready.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The library is locked; it opens again with its passcode.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The keys of the encrypted library in “{folder}” (the file {file}) are not there or cannot be read, so the library was left as it is. If you have a copy of that file, you may put it back in this folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This library is already protected with a passcode.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This library has no passcode yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A passcode protects a library kept in a data folder; this one is on a server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A library on a server is kept on PostgreSQL, with an address that begins postgresql:// ; the address given is not one, so nothing was opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reaching a PostgreSQL server needs the psycopg package; nothing was opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server {server} cannot be reached just now, so nothing there was changed. You may check the connection and start again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The schema “{schema}” on {server} holds another program's tables, so Container Studio left it exactly as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The library on {server} was written by a newer Container Studio, so this version left it untouched. You may open it with the newer version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This container is open in another Container Studio just now, so it stays as it is there. You may open it here once it is closed there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The list of profiles “{path}” could not be read, so it was left as it is; the libraries themselves are untouched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no such profile here; Container → Profiles… shows them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A profile needs a name; you may choose any.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Part of the library could not be read, so it was left exactly as it was and nothing was changed. An automatic backup may hold it whole.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The passcode file “{path}” could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This library is protected with a passcode; you may give it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what} was not given yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Container Studio is open with this library just now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is empty, so there is no picture in it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” could not be opened; it may have been moved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is larger than the {megabytes} MB a picture here can be; a smaller copy of it would fit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is a very large picture (about {megapixels} megapixels). Pictures up to {limit} megapixels can come in; a smaller copy would fit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is a very large picture. Pictures up to {limit} megapixels can come in; a smaller copy would fit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” could not be read as a picture. It may be incomplete, or in a format this studio does not know.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The page size “{page}” is not offered; you can choose A4 or Letter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The font {path} could not be read, so the PDF was not made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Container Studio cannot write into the folder {folder}. You might choose another folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file {path} could not be written ({reason}). Nothing was left half-written; you might try another folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can print 1, 2, 4 or 6 containers on a sheet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No containers are chosen yet; you might pick one or more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A PNG can be between {low} and {high} pixels wide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no container with the id {container}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is not a section; you can include {known}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The prompt pack {path} was set aside: {reasons}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No prompt pack called “{name}” was found. Known packs: {known}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was added, and your library is as it was.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is not a Container Studio portable file, or it is incomplete.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” was made by a newer Container Studio; you may open it there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” holds more than a portable file here can take in ({limit}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” seems damaged or changed since it was made ({detail}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is not a sealed file from Container Studio, or it is incomplete.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” was sealed for another therapist's library, so it stays closed here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” does not open: its bytes were changed or cut short after it was sealed. You may ask for it to be sent again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This library has no therapist key yet, so a sealed file cannot open here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is not a therapist card from Container Studio; your therapist may give you the card again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No therapist card is here yet; you may import the card your therapist gave you first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This container has no version {number}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Container Studio could not look inside this folder, so its packs were set aside. Its permissions may keep it private.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Container Studio could not open this file, so this pack was set aside. It may be in use elsewhere, or its permissions may keep it private.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Container Studio could not make sense of this file, so this pack was set aside. Comparing it with one of the packs that come with the app may show what differs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file is {megabytes} MB, larger than the 1 MB a pack can be, so it was set aside without being read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line} of this file holds characters that are not UTF-8 text, so this pack was set aside. Saving it again as UTF-8 in a text editor usually settles this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Container Studio could not read line {line}, column {column} of this file as TOML, so this pack was set aside. Often a quote, a bracket or an = sign is missing near there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file nests lists or tables too deeply to read, so this pack was set aside. A pack needs only [[step]] tables and short lists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file holds a value that cannot be read as a number (it may be very long), so this pack was set aside. Numbers in a pack are short, like minutes = 5.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A pack with the id “{id}” in the language “{language}” was already loaded from {first}, so this copy was set aside. You might give this one its own id if you would like both.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line} of this file has a key or table name with more than {limit} parts joined by dots, so this pack was set aside. A pack needs only [[step]] tables and plain names like title or text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line} of this file puts lists or tables more than {limit} deep inside one another, so this pack was set aside. A pack needs only [[step]] tables and short lists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line} of this file holds a value {length} characters long without quotes, longer than any number a pack uses, so this pack was set aside. Numbers here are short, like minutes = 5; text goes in quotes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file holds far more separate entries than a pack needs (over {limit} names, values and lines by line {line}), so this pack was set aside.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This pack has more than the {limit} steps a pack can hold (step {next} starts on line {line}), so this pack was set aside.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This pack was written for a newer version of Container Studio (schema_version {version}), so it was set aside for now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This pack's language “{value}” does not look like a language code such as “en”, “de” or “pt-BR”, so this pack was set aside.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{subject} has a field “{field}” that Container Studio does not know (perhaps a typo?), so this pack was set aside.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{subject} has no {label} yet, so this pack was set aside.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{subject} has “{field}” written as {described}; Container Studio reads it as text in quotes, like "A few words", so this pack was set aside.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{subject} has “{field}” written as {described}; Container Studio reads it as a number without quotes, like {key} = 3, so this pack was set aside.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{subject} has “{field}” written as {described}; Container Studio reads it as a whole number without quotes, like {key} = 3, so this pack was set aside.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{subject} has “{field}” written as {described}; Container Studio reads it as one of: {allowed}, so this pack was set aside.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{subject} has “{field}” written as {described}; Container Studio reads it as a list of texts, like {field} = ["one", "two"], so this pack was set aside.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {label} of {subject_in} is {length} characters long, more than the {limit} it can hold, so this pack was set aside. A shorter text will fit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{subject} has {field} = {value}; Container Studio reads values from {low} up to {high} here, so this pack was set aside.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{subject} has {field} = {value}; Container Studio reads values above {low} up to {high} here, so this pack was set aside.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{subject} has the {field} “{value}”, which Container Studio does not know, so this pack was set aside. The values it knows for {field} are: {allowed}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{subject} offers “{value}” in {field}, which Container Studio does not know, so this pack was set aside. The {field} it knows are: {allowed}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{subject} has {count} entries in “{field}”, more than the {limit} it can hold, so this pack was set aside.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entry {number} of “{field}” in {subject_in} is longer than {limit} characters, so this pack was set aside.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{subject} has the id “{value}”; ids use lowercase letters, digits and dashes, like “lid-and-key”, so this pack was set aside.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This pack has a single [step] table; steps are written as [[step]] tables, with double brackets, so this pack was set aside.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This pack has “step” written as {described}; steps are written as [[step]] tables, so this pack was set aside.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This pack has no steps yet (no [[step]] tables), so this pack was set aside.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This pack has {count} steps, more than the {limit} a pack can hold, so this pack was set aside.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{subject} is not a [[step]] table, so this pack was set aside.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Two steps share the id “{value}” (the second is step {number}); each step needs its own id, so this pack was set aside.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{subject} has “{field}”, which only applies to breathing exercises, so this pack was set aside.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{subject} has “{field}”, which only applies to the senses exercise, so this pack was set aside.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{subject} has “{field}”, which only applies to a rating, so this pack was set aside.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{subject} has “{field}”, which only applies to grounding steps, so this pack was set aside.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{subject} has “senses” written in a form Container Studio does not read; it is a list of [[step.senses]] tables, so this pack was set aside.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{subject} has more than {limit} senses, so this pack was set aside.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Profiles</name>
        <message>
            <source>&amp;Profiles…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProfilesDialog</name>
        <message>
            <source>Profiles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each profile keeps its own containers, its own passcode and its own defaults. Only the profile in use is open; switching keeps your work, then locks and closes this one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A name for a new profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New profile's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profiles note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Switch to this profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch to this profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Default profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unnamed profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s (in use)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The new profile could not be made just now; nothing changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The new profile is ready. You may switch to it when you're ready.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RatingWidget</name>
        <message>
            <source>Optional check-in from 0 to 10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check-in %d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No number, thanks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave the check-in without a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>0: calm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>10: a lot</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReadAloud</name>
        <message>
            <source>&amp;Read this step aloud</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hear the guide's words for this step (again to stop)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read aloud</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This computer has no speech engine Container Studio can use.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If you would like the steps read aloud, you may install one, for example speech-dispatcher or eSpeak NG, and choose this again. Nothing else changes.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReadOnlyCanvas</name>
        <message>
            <source>Version: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A look at a kept version; nothing changes.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <source>Your recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These twelve words open your library if the passcode is ever forgotten. They are shown only now. You may write them down or print this page and keep it somewhere safe, apart from the computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recovery key words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These twelve words open your Container Studio library if its passcode is ever forgotten: on the lock screen (Use the recovery key), or in place of the current passcode to set a new one. Whoever holds this page can open the library, so you may keep it somewhere safe, apart from the computer.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReplayDialog</name>
        <message>
            <source>How it grew: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replay canvas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replay position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From the start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Play</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step forward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replay speed (steps per second)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Speed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%d of %d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause</source>
            <translation>إيقاف مؤقت</translation>
        </message>
    </context>
    <context>
        <name>RestoreBackupDialog</name>
        <message>
            <source>A calm sign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OK</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SafetyCardDialog</name>
        <message>
            <source>My safety card</source>
            <translation>بطاقة الأمان الخاصة بي</translation>
        </message>
        <message>
            <source>This card is yours. It stays on this computer and is never exported. You might fill it in on your own or with your therapist, and change it whenever you like.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People I can reach out to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Someone you could call or message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person %d: name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How you might reach them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person %d: how to reach them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You might add a crisis line for where you live</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A crisis line of your choosing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A crisis line:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What helps when something leaks out of the container</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something that has helped before, perhaps: a place, a song, cold water, Ground me, a few words for yourself</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comfort reminders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A few words that comfort you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comfort reminder %d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comfort photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a photo…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a comfort photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take the photo off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take the comfort photo off the card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whether the card is kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep and close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the card and close it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your card could not be read just now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not kept yet: %s What you wrote stays here and is kept when it can be.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kept on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a comfort photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pictures (%s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That picture could not come onto the card. You might choose another one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A photo, if you like</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SafetyControls</name>
        <message>
            <source>Ground me</source>
            <translation>ثبّتني</translation>
        </message>
        <message>
            <source>Short exercises to come back to the here and now</source>
            <translation>تمارين قصيرة للعودة إلى هنا والآن</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>إيقاف مؤقت</translation>
        </message>
        <message>
            <source>Pause everything; your work waits</source>
            <translation>أوقف كل شيء مؤقتًا؛ عملك ينتظرك</translation>
        </message>
        <message>
            <source>Hide now</source>
            <translation>إخفاء الآن</translation>
        </message>
        <message>
            <source>Cover every window with a plain page at once</source>
            <translation>غطِّ كل النوافذ بصفحة فارغة فورًا</translation>
        </message>
        <message>
            <source>Close safely</source>
            <translation>إغلاق بهدوء</translation>
        </message>
        <message>
            <source>Save, close the lid, and take a moment to return</source>
            <translation>احفظ، وأغلق الغطاء، وخذ لحظة للعودة</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;خروج</translation>
        </message>
        <message>
            <source>Keep your work and close</source>
            <translation>احفظ عملك وأغلق</translation>
        </message>
        <message>
            <source>Reduce motion</source>
            <translation>تقليل الحركة</translation>
        </message>
        <message>
            <source>Keep the breathing guide still; only its words change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the lid…</source>
            <translation>فتح الغطاء…</translation>
        </message>
        <message>
            <source>Title of the plain page…</source>
            <translation>عنوان الصفحة الفارغة…</translation>
        </message>
        <message>
            <source>The neutral title Hide now shows (“Notes” unless you choose another)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My safety card</source>
            <translation>بطاقة الأمان الخاصة بي</translation>
        </message>
        <message>
            <source>Who you can reach, and what helps</source>
            <translation>من يمكنك التواصل معه، وما الذي يساعدك</translation>
        </message>
        <message>
            <source>Always here</source>
            <translation>هنا دائمًا</translation>
        </message>
        <message>
            <source>Always-there controls</source>
            <translation>أدوات التحكم الموجودة دائمًا</translation>
        </message>
        <message>
            <source>&amp;Session</source>
            <translation>&amp;الجلسة</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>ملاحظات</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title of the plain page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>While hidden, the window is called:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep this title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your container is closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your container is closed and kept, just as you left it.

Before you go, you might notice your feet on the floor, name three things you can see, and take one slow breath.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your work is kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything is kept, just as you left it, and the next start brings you back to this step.

Before you go, you might notice your feet on the floor, name three things you can see, and take one slow breath.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ground me first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close Container Studio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stay a little longer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the lid?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening your container is your choice, and it may be kinder to do it in session with your therapist. Would you like to open it now?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the lid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not now</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SafetyStripWidget</name>
        <message>
            <source>Always-there controls</source>
            <translation>أدوات التحكم الموجودة دائمًا</translation>
        </message>
    </context>
    <context>
        <name>SaveVersionDialog</name>
        <message>
            <source>Save a version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your work is always kept. A version marks a moment you may want to come back to. A name and a note are optional.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version name (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>for example: Lid closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N&amp;ote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep this version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not now</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SealedSlipsNote</name>
        <message>
            <source>Slips inside the closed container</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing is inside, and the lid is closed.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n slip(s) inside, with the lid closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When you choose, you may open it from Session → Open the lid… (perhaps with your therapist).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>They stay inside while the lid is closed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SendToTherapistDialog</name>
        <message>
            <source>Send to my therapist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This makes one file holding this container (its versions and photos, and its slips if you like), sealed so that only your therapist's Container Studio can open it. You may carry it on a USB stick or send it by email; nobody else can read it on the way.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading your therapist's card…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your therapist's fingerprint words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import your therapist's card…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import your therapist's card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Include the slips</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seal and save…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seal and save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No therapist card is here yet. When you're ready, you may import the card file your therapist gave you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your therapist's fingerprint words: %s
You may compare them with the words on their card; when they are the same, the file is for them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The card cannot be read just now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your therapist's card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That card cannot be read just now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the sealed file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sealed files (*.cssealed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sealing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sealed and saved as %s. Only your therapist's library can open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sealed file could not be made this time; nothing was saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each choice applies at once and is kept for next time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calm light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calm dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>High contrast</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text size in percent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Te&amp;xt size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size of everything in percent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Icons, spacing and text together, from the next start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Si&amp;ze of everything</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The next start shows everything at this size; this window stays as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lar&amp;ge buttons and targets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every button at least 44 × 44 pixels, easier to reach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reduce &amp;motion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page size for exports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Page size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session length offered first, in minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no set length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Session length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title of the plain page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The neutral title Hide now shows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plain page &amp;title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where your data is kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the data folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Data folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Windows open now keep their words; the next start shows the new language.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No file manager answered; you may copy the folder's path from above.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsFeature</name>
        <message>
            <source>&amp;Settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language, theme, text size, large targets and more</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>%s or %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tools and panels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every action and its keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the list of shortcuts</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShowLabels</name>
        <message>
            <source>Show &amp;labels</source>
            <translation>إظهار ال&amp;تسميات</translation>
        </message>
        <message>
            <source>Words under the icons of the tool bars</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SlipSketch</name>
        <message>
            <source>Small drawing for a slip</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SlipsWidget</name>
        <message>
            <source>A word or two (or leave it blank)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Words for a new slip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fold it, so the screen hides it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fold the new slip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put this slip inside</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear drawing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear the slip drawing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slips inside the container</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fold or unfold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fold or unfold the selected slip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take the selected slip out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Once the lid is closed, keep:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the words on the slips</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>only that each slip exists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nothing at all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A folded slip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A slip with a drawing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A slip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A blank slip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing inside yet.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Inside: %n slip(s)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>Container Studio is already open with this library. You may switch to its window; everything there is kept as you work.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Container Studio closed unexpectedly last time. Your work was kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>We kept your work from %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your library needs a moment of care</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore the backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An automatic backup from %s is ready. Restoring puts it in place of the library; the present file is kept beside it, renamed, and never deleted. Changes made after that backup are not in it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no automatic backup of it. You may move it elsewhere (a new library then starts here), or start Container Studio with another folder (--data-dir DIR).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Container Studio could not open your library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup could not be copied into “%s”; everything is as it was.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup could not be put in place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your library was restored from a backup; the earlier file is kept as “%s”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StepPanel</name>
        <message>
            <source>Guided steps</source>
            <translation>خطوات موجّهة</translation>
        </message>
        <message>
            <source>Make your container</source>
            <translation>اصنع حاويتك</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>التمرين</translation>
        </message>
        <message>
            <source>All steps of this exercise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every step is optional: you can go back, skip, pause or stop at any moment, and nothing is lost. Ground me (F1) is always one key away.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no set length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional session length in minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session &amp;length:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Begin when you're ready</source>
            <translation>ابدأ عندما تكون مستعدًا</translation>
        </message>
        <message>
            <source>Begin the exercise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%d. %s (about %s min)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>about %n minute(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s, %s in all.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where you are</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to the closing step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <translation>رجوع</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>تخطٍّ</translation>
        </message>
        <message>
            <source>Next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the previous step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip this step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go on to the next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every step is optional: you can go back, skip, pause or stop at any moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step %d of %d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step %d of %d: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is the last step. Finish whenever you're ready.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You might use:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed by your therapist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the lid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Ground me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your words, if you'd like (only you see them)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A note for yourself, if you'd like</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It's nearly time to close. When you're ready, you might go to the closing step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You've come to the end of this exercise.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your container and everything you chose to keep are saved. You may keep drawing, begin another exercise, or close Container Studio.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose an exercise</source>
            <translation>اختر تمرينًا</translation>
        </message>
        <message>
            <source>Pencil</source>
            <translation>قلم رصاص</translation>
        </message>
        <message>
            <source>Marker</source>
            <translation>قلم تلوين</translation>
        </message>
        <message>
            <source>Soft brush</source>
            <translation>فرشاة ناعمة</translation>
        </message>
        <message>
            <source>Eraser</source>
            <translation>ممحاة</translation>
        </message>
        <message>
            <source>Fill</source>
            <translation>تعبئة</translation>
        </message>
        <message>
            <source>Shapes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text</source>
            <translation>نص</translation>
        </message>
        <message>
            <source>Stickers</source>
            <translation>ملصقات</translation>
        </message>
        <message>
            <source>Container shapes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photos</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Studio</name>
        <message>
            <source>There is no picture to paste just now.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Theme</name>
        <message>
            <source>&amp;Theme</source>
            <translation>ال&amp;مظهر</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>المظهر</translation>
        </message>
        <message>
            <source>Calm &amp;light</source>
            <translation>هادئ &amp;فاتح</translation>
        </message>
        <message>
            <source>Soft light colours (the default)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calm &amp;dark</source>
            <translation>هادئ &amp;داكن</translation>
        </message>
        <message>
            <source>Soft colours on a dark background</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;High contrast</source>
            <translation>تباين &amp;عالٍ</translation>
        </message>
        <message>
            <source>The strongest contrast, for easy reading</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TherapistCardDialog</name>
        <message>
            <source>Therapist card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My card, for my clients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If you are a therapist, you may give this card to a client at intake: what they send you with it can be opened only in this library.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My fingerprint words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the card file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a printable page…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My therapist's card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My therapist's fingerprint words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a card…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no card here yet; saving one makes it, once, for this library.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My fingerprint words: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No therapist card is kept here yet; you may import one when you're ready.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My therapist's fingerprint words: %s
You may compare them with the words on their card.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The cards cannot be read just now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the card file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a printable page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved as %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The card is kept in this library.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TherapistSetupDialog</name>
        <message>
            <source>Before you hand over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the exercise and the session length the client will be offered. They see your choice on the opening screen and may change it; nothing else is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exercise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Exercise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no set length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session length in minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session &amp;length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Hand over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hand over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TitleButton</name>
        <message>
            <source>Container</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s
Click to rename</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Container title, click to rename</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ToolPanel</name>
        <message>
            <source>Tools</source>
            <translation>الأدوات</translation>
        </message>
        <message>
            <source>Drawing tools</source>
            <translation>أدوات الرسم</translation>
        </message>
        <message>
            <source>Options of the tool in hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour palette</source>
            <translation>لوحة الألوان</translation>
        </message>
        <message>
            <source>Brush size</source>
            <translation>حجم الفرشاة</translation>
        </message>
        <message>
            <source>Opacity</source>
            <translation>العتامة</translation>
        </message>
        <message>
            <source>Smoothing</source>
            <translation>التنعيم</translation>
        </message>
        <message>
            <source>Filled shapes</source>
            <translation>أشكال مملوءة</translation>
        </message>
        <message>
            <source>Drag on a photo to use this tool.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Text size: %d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Size: %d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>O&amp;pacity: %d %%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;moothing: %d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;moothing: off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pencil</source>
            <translation>قلم رصاص</translation>
        </message>
        <message>
            <source>Marker</source>
            <translation>قلم تلوين</translation>
        </message>
        <message>
            <source>Soft brush</source>
            <translation>فرشاة ناعمة</translation>
        </message>
        <message>
            <source>Eraser</source>
            <translation>ممحاة</translation>
        </message>
        <message>
            <source>Fill</source>
            <translation>تعبئة</translation>
        </message>
        <message>
            <source>Pick colour</source>
            <translation>التقاط لون</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>خط</translation>
        </message>
        <message>
            <source>Rectangle</source>
            <translation>مستطيل</translation>
        </message>
        <message>
            <source>Ellipse</source>
            <translation>شكل بيضاوي</translation>
        </message>
        <message>
            <source>Freeform shape</source>
            <translation>شكل حر</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>نص</translation>
        </message>
        <message>
            <source>Move and turn</source>
            <translation>تحريك وتدوير</translation>
        </message>
        <message>
            <source>Crop photo</source>
            <translation>قص الصورة</translation>
        </message>
        <message>
            <source>Cut out photo</source>
            <translation>اقتطاع الصورة</translation>
        </message>
    </context>
    <context>
        <name>Tools</name>
        <message>
            <source>Fill</source>
            <translation>تعبئة</translation>
        </message>
        <message>
            <source>Crop photo</source>
            <translation>قص الصورة</translation>
        </message>
        <message>
            <source>Cut out photo</source>
            <translation>اقتطاع الصورة</translation>
        </message>
        <message>
            <source>Move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resize</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flip across</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flip up and down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bring forward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stroke</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pencil stroke</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Marker stroke</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Brush stroke</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Erase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line</source>
            <translation>خط</translation>
        </message>
        <message>
            <source>Rectangle</source>
            <translation>مستطيل</translation>
        </message>
        <message>
            <source>Ellipse</source>
            <translation>شكل بيضاوي</translation>
        </message>
        <message>
            <source>Freeform shape</source>
            <translation>شكل حر</translation>
        </message>
    </context>
    <context>
        <name>VersionViewDialog</name>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Looking at version %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VersionsDock</name>
        <message>
            <source>Versions</source>
            <translation>النسخ</translation>
        </message>
        <message>
            <source>Version timeline, oldest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No versions yet. “Save version…” (Ctrl+S) keeps one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Look</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Side by side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore as new</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select two versions to see them side by side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved by you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A step of the guided flow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kept automatically</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored from version %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore as a new version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bring back version %s as the newest version? Every version stays as it is, and Undo (Ctrl+Z) takes the canvas back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>now</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VersionsFeature</name>
        <message>
            <source>Save &amp;version…</source>
            <translation>حفظ &amp;نسخة…</translation>
        </message>
        <message>
            <source>&amp;Versions</source>
            <translation>ال&amp;نسخ</translation>
        </message>
        <message>
            <source>&amp;Library…</source>
            <translation>ال&amp;مكتبة…</translation>
        </message>
        <message>
            <source>Version kept.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <source>Welcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Welcome to Container Studio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Container Studio is a quiet place to draw, paint or collage a container: an imagined strong vessel that can hold what is too much to carry right now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything stays on this computer. Nothing you make or write is sent anywhere.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every step is optional. You may skip any of them, go back, or simply draw.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To stop, close the window (Ctrl+Q): your work is kept. Ground me (F1), Pause (F2) and Hide now (F12) are there on every screen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How will you use it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On my own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The container exercise, with no set length.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With my therapist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The container exercise, with a session length to keep in view.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leading a group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The group exercise first, with its session length.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Standard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Larger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Largest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text size: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You may change these later: Help → Welcome…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Begin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Begin with these choices</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WelcomeFeature</name>
        <message>
            <source>Welcome…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What Container Studio is, how you will use it, and a text size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WhatLeftDialog</name>
        <message>
            <source>What left the app</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every export, print and handover is listed here: when, what kind, and which parts went with it. What you made or wrote is never written here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What left the app, newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Columns: when, what, parts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the list…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2 containers)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing has left the app yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The list cannot be read just now; you may try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Picture (PNG)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paper container</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printed together</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Portable file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sealed for my therapist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reflections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>check-ins</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>where it is kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>slips</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>versions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>latest drawing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>photos</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_ViewerDialog</name>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
