<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>DescriptionWords</name>
        <message numerus="yes">
            <source>%n %1 outline(s)</source>
            <translation>
                <numerusform>a %1 outline</numerusform>
                <numerusform>%n %1 outlines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n %1 sticker(s)</source>
            <translation>
                <numerusform>a %1 sticker</numerusform>
                <numerusform>%n %1 stickers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n %1 stroke(s)</source>
            <translation>
                <numerusform>a %1 stroke</numerusform>
                <numerusform>%n %1 strokes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n %1 shape(s)</source>
            <translation>
                <numerusform>a %1 shape</numerusform>
                <numerusform>%n %1 shapes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n piece(s) of writing</source>
            <translation>
                <numerusform>a piece of writing</numerusform>
                <numerusform>%n pieces of writing</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s)</source>
            <translation>
                <numerusform>a photo</numerusform>
                <numerusform>%n photos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n filled area(s)</source>
            <translation>
                <numerusform>a filled area</numerusform>
                <numerusform>%n filled areas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n slip(s)</source>
            <translation>
                <numerusform>%n slip</numerusform>
                <numerusform>%n slips</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n other thing(s)</source>
            <translation>
                <numerusform>%n other thing</numerusform>
                <numerusform>%n other things</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n folded)</source>
            <translation>
                <numerusform>(%n folded)</numerusform>
                <numerusform>(%n folded)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GuideController</name>
        <message numerus="yes">
            <source>…and %n more note(s).</source>
            <translation>
                <numerusform>…and %n more note.</numerusform>
                <numerusform>…and %n more notes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SealedSlipsNote</name>
        <message numerus="yes">
            <source>%n slip(s) inside, with the lid closed.</source>
            <translation>
                <numerusform>%n slip is inside, with the lid closed.</numerusform>
                <numerusform>%n slips are inside, with the lid closed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SlipsWidget</name>
        <message numerus="yes">
            <source>Inside: %n slip(s)</source>
            <translation>
                <numerusform>Inside: %n slip</numerusform>
                <numerusform>Inside: %n slips</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StepPanel</name>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>%n step</numerusform>
                <numerusform>%n steps</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>about %n minute(s)</source>
            <translation>
                <numerusform>about %n minute</numerusform>
                <numerusform>about %n minutes</numerusform>
            </translation>
        </message>
    </context>
</TS>
