<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>App</name>
        <message>
            <source>Already open</source>
            <translation>Ya está abierto</translation>
        </message>
    </context>
    <context>
        <name>AppLock</name>
        <message>
            <source>Protect with a &amp;passcode…</source>
            <translation>Proteger con un &amp;código…</translation>
        </message>
        <message>
            <source>&amp;Lock now</source>
            <translation>&amp;Bloquear ahora</translation>
        </message>
        <message>
            <source>If you like, this library can be protected with a passcode: Container ▸ Protect with a passcode…</source>
            <translation>Si quieres, esta biblioteca se puede proteger con un código: Contenedor ▸ Proteger con un código…</translation>
        </message>
    </context>
    <context>
        <name>ArrangeBar</name>
        <message>
            <source>Arrange</source>
            <translation>Ordenar</translation>
        </message>
        <message>
            <source>Arrange the selection</source>
            <translation>Ordenar la selección</translation>
        </message>
        <message>
            <source>Add photo…</source>
            <translation>Añadir foto…</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Pegar</translation>
        </message>
        <message>
            <source>Flip across</source>
            <translation>Voltear de lado a lado</translation>
        </message>
        <message>
            <source>Flip up and down</source>
            <translation>Voltear de arriba abajo</translation>
        </message>
        <message>
            <source>Bring forward</source>
            <translation>Traer adelante</translation>
        </message>
        <message>
            <source>Send back</source>
            <translation>Enviar atrás</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplicar</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Colour it</source>
            <translation>Dar color</translation>
        </message>
        <message>
            <source>Give the chosen sticker, outline or words the current colour</source>
            <translation>Dar el color actual a la pegatina, el contorno o las palabras elegidas</translation>
        </message>
    </context>
    <context>
        <name>Artwork</name>
        <message>
            <source>Container outline</source>
            <translation>Contorno del contenedor</translation>
        </message>
        <message>
            <source>Sticker</source>
            <translation>Pegatina</translation>
        </message>
        <message>
            <source>Box</source>
            <translation>Caja</translation>
        </message>
        <message>
            <source>Jar</source>
            <translation>Tarro</translation>
        </message>
        <message>
            <source>Chest</source>
            <translation>Cofre</translation>
        </message>
        <message>
            <source>Safe</source>
            <translation>Caja fuerte</translation>
        </message>
        <message>
            <source>Bottle</source>
            <translation>Botella</translation>
        </message>
        <message>
            <source>Envelope</source>
            <translation>Sobre</translation>
        </message>
        <message>
            <source>Blank page</source>
            <translation>Página en blanco</translation>
        </message>
        <message>
            <source>Padlock</source>
            <translation>Candado</translation>
        </message>
        <message>
            <source>Open padlock</source>
            <translation>Candado abierto</translation>
        </message>
        <message>
            <source>Combination lock</source>
            <translation>Candado de combinación</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Llave</translation>
        </message>
        <message>
            <source>Old key</source>
            <translation>Llave antigua</translation>
        </message>
        <message>
            <source>Chain</source>
            <translation>Cadena</translation>
        </message>
        <message>
            <source>Chain link</source>
            <translation>Eslabón</translation>
        </message>
        <message>
            <source>Lid</source>
            <translation>Tapa</translation>
        </message>
        <message>
            <source>Hinge</source>
            <translation>Bisagra</translation>
        </message>
        <message>
            <source>Tape</source>
            <translation>Cinta adhesiva</translation>
        </message>
        <message>
            <source>Boundary bubble</source>
            <translation>Burbuja protectora</translation>
        </message>
        <message>
            <source>Shield</source>
            <translation>Escudo</translation>
        </message>
        <message>
            <source>House</source>
            <translation>Casa</translation>
        </message>
        <message>
            <source>Anchor</source>
            <translation>Ancla</translation>
        </message>
        <message>
            <source>Mountains</source>
            <translation>Montañas</translation>
        </message>
        <message>
            <source>Tree</source>
            <translation>Árbol</translation>
        </message>
        <message>
            <source>Leaf</source>
            <translation>Hoja</translation>
        </message>
        <message>
            <source>Flower</source>
            <translation>Flor</translation>
        </message>
        <message>
            <source>Butterfly</source>
            <translation>Mariposa</translation>
        </message>
        <message>
            <source>Feather</source>
            <translation>Pluma</translation>
        </message>
        <message>
            <source>Stones</source>
            <translation>Piedras</translation>
        </message>
        <message>
            <source>Waves</source>
            <translation>Olas</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>Sol</translation>
        </message>
        <message>
            <source>Moon</source>
            <translation>Luna</translation>
        </message>
        <message>
            <source>Cloud</source>
            <translation>Nube</translation>
        </message>
        <message>
            <source>Open hand</source>
            <translation>Mano abierta</translation>
        </message>
        <message>
            <source>Candle</source>
            <translation>Vela</translation>
        </message>
        <message>
            <source>Bandage</source>
            <translation>Venda</translation>
        </message>
        <message>
            <source>Heart</source>
            <translation>Corazón</translation>
        </message>
        <message>
            <source>Star</source>
            <translation>Estrella</translation>
        </message>
    </context>
    <context>
        <name>ArtworkDock</name>
        <message>
            <source>Containers and stickers</source>
            <translation>Contenedores y pegatinas</translation>
        </message>
        <message>
            <source>Kinds of artwork</source>
            <translation>Tipos de ilustraciones</translation>
        </message>
        <message>
            <source>Container outlines</source>
            <translation>Contornos de contenedores</translation>
        </message>
        <message>
            <source>Stickers</source>
            <translation>Pegatinas</translation>
        </message>
        <message>
            <source>Containers</source>
            <translation>Contenedores</translation>
        </message>
    </context>
    <context>
        <name>AskValueDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Aceptar</translation>
        </message>
    </context>
    <context>
        <name>Autosaver</name>
        <message>
            <source>Your latest change could not be kept just yet; it is still open here, and another try will follow in a moment.</source>
            <translation>Tu último cambio no se ha podido guardar todavía; sigue abierto aquí y se volverá a intentar en un momento.</translation>
        </message>
    </context>
    <context>
        <name>BreathingPacer</name>
        <message>
            <source>Breathing guide</source>
            <translation>Guía de respiración</translation>
        </message>
        <message>
            <source>Breathe in</source>
            <translation>Inspira</translation>
        </message>
        <message>
            <source>Rest for a moment</source>
            <translation>Descansa un momento</translation>
        </message>
        <message>
            <source>Breathe out, slowly</source>
            <translation>Espira, despacio</translation>
        </message>
        <message>
            <source>Press Start when you're ready</source>
            <translation>Pulsa Empezar cuando quieras</translation>
        </message>
    </context>
    <context>
        <name>CalmDialog</name>
        <message>
            <source>A calm sign</source>
            <translation>Un aviso tranquilo</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Aceptar</translation>
        </message>
    </context>
    <context>
        <name>CanvasArea</name>
        <message>
            <source>Photos</source>
            <translation>Fotos</translation>
        </message>
    </context>
    <context>
        <name>CanvasView</name>
        <message>
            <source>Drawing canvas</source>
            <translation>Lienzo de dibujo</translation>
        </message>
        <message>
            <source>Draw with the mouse or a pen, or from the keys: the arrow keys move the pen and Space puts it down and lifts it. Space and drag, or the middle button, pans.</source>
            <translation>Puedes dibujar con el ratón o con un lápiz óptico, o con el teclado: las flechas mueven el lápiz y la barra espaciadora lo apoya y lo levanta. Con Espacio y arrastrando, o con el botón central, te desplazas por la página.</translation>
        </message>
    </context>
    <context>
        <name>ClosedLidMark</name>
        <message>
            <source>Lid closed</source>
            <translation>Tapa cerrada</translation>
        </message>
        <message>
            <source>The lid is closed</source>
            <translation>La tapa está cerrada</translation>
        </message>
        <message>
            <source>The lid is closed. Session → Open the lid… opens it.</source>
            <translation>La tapa está cerrada. Sesión → Abrir la tapa… la abre.</translation>
        </message>
    </context>
    <context>
        <name>CompareVersionsDialog</name>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Side by side</source>
            <translation>Una junto a otra</translation>
        </message>
    </context>
    <context>
        <name>ContainerNaming</name>
        <message>
            <source>Container, %s</source>
            <translation>Contenedor, %s</translation>
        </message>
        <message>
            <source>New container</source>
            <translation>Contenedor nuevo</translation>
        </message>
        <message>
            <source>What would you like to call it? You can change this later.</source>
            <translation>¿Cómo te gustaría llamarlo? Puedes cambiarlo más tarde.</translation>
        </message>
        <message>
            <source>Make it</source>
            <translation>Crearlo</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Cambiar nombre</translation>
        </message>
        <message>
            <source>New title:</source>
            <translation>Título nuevo:</translation>
        </message>
    </context>
    <context>
        <name>DescriptionWords</name>
        <message numerus="yes">
            <source>%n %1 outline(s)</source>
            <translation>
                <numerusform>%n contorno de %1</numerusform>
                <numerusform>%n contornos de %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n %1 sticker(s)</source>
            <translation>
                <numerusform>%n pegatina de %1</numerusform>
                <numerusform>%n pegatinas de %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n %1 stroke(s)</source>
            <translation>
                <numerusform>%n trazo de %1</numerusform>
                <numerusform>%n trazos de %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n %1 shape(s)</source>
            <translation>
                <numerusform>%n forma de %1</numerusform>
                <numerusform>%n formas de %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n piece(s) of writing</source>
            <translation>
                <numerusform>%n texto escrito</numerusform>
                <numerusform>%n textos escritos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s)</source>
            <translation>
                <numerusform>%n foto</numerusform>
                <numerusform>%n fotos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n filled area(s)</source>
            <translation>
                <numerusform>%n zona rellena</numerusform>
                <numerusform>%n zonas rellenas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n slip(s)</source>
            <translation>
                <numerusform>%n papelito</numerusform>
                <numerusform>%n papelitos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n other thing(s)</source>
            <translation>
                <numerusform>%n cosa más</numerusform>
                <numerusform>%n cosas más</numerusform>
            </translation>
        </message>
        <message>
            <source>(folded)</source>
            <translation>(doblado)</translation>
        </message>
        <message numerus="yes">
            <source>(%n folded)</source>
            <translation>
                <numerusform>(%n doblado)</numerusform>
                <numerusform>(%n doblados)</numerusform>
            </translation>
        </message>
        <message>
            <source>The page is empty.</source>
            <translation>La página está en blanco.</translation>
        </message>
        <message>
            <source>closed (the lid is on)</source>
            <translation>cerrado (con la tapa puesta)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>ExceptionGuard</name>
        <message>
            <source>Container Studio</source>
            <translation>Container Studio</translation>
        </message>
        <message>
            <source>Something unexpected happened. Your work is kept; you may carry on, or close and reopen Container Studio.</source>
            <translation>Ha pasado algo inesperado. Tu trabajo está guardado; puedes seguir, o cerrar y volver a abrir Container Studio.</translation>
        </message>
        <message>
            <source>A note for whoever looks after Container Studio was written to %s.</source>
            <translation>Se ha escrito una nota para quien cuida de Container Studio en %s.</translation>
        </message>
        <message>
            <source>Something unexpected happened</source>
            <translation>Ha pasado algo inesperado</translation>
        </message>
    </context>
    <context>
        <name>ExportActions</name>
        <message>
            <source>Export &amp;PDF…</source>
            <translation>Exportar &amp;PDF…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimir…</translation>
        </message>
        <message>
            <source>Export P&amp;NG…</source>
            <translation>Exportar P&amp;NG…</translation>
        </message>
        <message>
            <source>Paper &amp;container…</source>
            <translation>&amp;Contenedor de papel…</translation>
        </message>
        <message>
            <source>Saved as %s</source>
            <translation>Guardado como %s</translation>
        </message>
        <message>
            <source>Export PNG</source>
            <translation>Exportar PNG</translation>
        </message>
        <message>
            <source>Width in pixels</source>
            <translation>Anchura en píxeles</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <source>Save the PNG</source>
            <translation>Guardar el PNG</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Imágenes PNG (*.png)</translation>
        </message>
        <message>
            <source>Save the paper container</source>
            <translation>Guardar el contenedor de papel</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Making the paper container…</source>
            <translation>Preparando el contenedor de papel…</translation>
        </message>
        <message>
            <source>That export could not be made this time; nothing was saved.</source>
            <translation>Esta vez no se ha podido hacer esa exportación; no se ha guardado nada.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export a PDF</source>
            <translation>Exportar un PDF</translation>
        </message>
        <message>
            <source>Preview of the first page</source>
            <translation>Vista previa de la primera página</translation>
        </message>
        <message>
            <source>Reflections</source>
            <translation>Reflexiones</translation>
        </message>
        <message>
            <source>Check-in figures</source>
            <translation>Números de cómo estás</translation>
        </message>
        <message>
            <source>Where the container is kept</source>
            <translation>Dónde se guarda el contenedor</translation>
        </message>
        <message>
            <source>Slips</source>
            <translation>Papelitos</translation>
        </message>
        <message>
            <source>Slips are private. Once they are in a PDF, the file is yours to look after: it is no longer inside Container Studio's care.</source>
            <translation>Los papelitos son privados. Una vez que están en un PDF, el archivo queda a tu cuidado: ya no está bajo la protección de Container Studio.</translation>
        </message>
        <message>
            <source>About including slips</source>
            <translation>Sobre incluir los papelitos</translation>
        </message>
        <message>
            <source>The lid is closed, so the slips and the inside stay in the container. If you'd like them here, you may open the lid first (Session → Open the lid…).</source>
            <translation>La tapa está cerrada, así que los papelitos y el interior se quedan en el contenedor. Si los quieres aquí, puedes abrir antes la tapa (Sesión → Abrir la tapa…).</translation>
        </message>
        <message>
            <source>About the closed lid</source>
            <translation>Sobre la tapa cerrada</translation>
        </message>
        <message>
            <source>Outside</source>
            <translation>Exterior</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abierto</translation>
        </message>
        <message>
            <source>View</source>
            <translation>Vista</translation>
        </message>
        <message>
            <source>Page size</source>
            <translation>Tamaño de página</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Carta</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Opcional</translation>
        </message>
        <message>
            <source>Password for the PDF (optional)</source>
            <translation>Contraseña del PDF (opcional)</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <source>Export progress</source>
            <translation>Progreso de la exportación</translation>
        </message>
        <message>
            <source>Export status</source>
            <translation>Estado de la exportación</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>Guardar PDF…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Save the PDF</source>
            <translation>Guardar el PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Making the PDF…</source>
            <translation>Preparando el PDF…</translation>
        </message>
        <message>
            <source>Saved as %s</source>
            <translation>Guardado como %s</translation>
        </message>
        <message>
            <source>The PDF could not be made this time; nothing was saved.</source>
            <translation>Esta vez no se ha podido hacer el PDF; no se ha guardado nada.</translation>
        </message>
        <message>
            <source>Preparing the pages…</source>
            <translation>Preparando las páginas…</translation>
        </message>
    </context>
    <context>
        <name>GroundingDialog</name>
        <message>
            <source>Ground me</source>
            <translation>Anclarme</translation>
        </message>
        <message>
            <source>You might try one of these, for as long as it helps. Your work is kept just as it was. Stop whenever you like.</source>
            <translation>Puedes probar uno de estos, durante el tiempo que te ayude. Tu trabajo está guardado tal como estaba. Para cuando quieras.</translation>
        </message>
        <message>
            <source>Grounding exercises</source>
            <translation>Ejercicios para anclarte</translation>
        </message>
        <message>
            <source>Notice your feet</source>
            <translation>Nota tus pies</translation>
        </message>
        <message>
            <source>You might notice your feet on the floor and the chair holding you. Name three things you can see around you.</source>
            <translation>Puedes notar los pies en el suelo y la silla que te sostiene. Nombra tres cosas que puedas ver a tu alrededor.</translation>
        </message>
        <message>
            <source>My safety card</source>
            <translation>Mi tarjeta de seguridad</translation>
        </message>
        <message>
            <source>Open my safety card</source>
            <translation>Abrir mi tarjeta de seguridad</translation>
        </message>
        <message>
            <source>Return to my container</source>
            <translation>Volver a mi contenedor</translation>
        </message>
        <message>
            <source>Breathing pace (slower to the right)</source>
            <translation>Ritmo de respiración (más lento hacia la derecha)</translation>
        </message>
        <message>
            <source>Pace</source>
            <translation>Ritmo</translation>
        </message>
        <message>
            <source>Today is %s.</source>
            <translation>Hoy es %s.</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Parar</translation>
        </message>
        <message>
            <source>Stop the breathing guide</source>
            <translation>Parar la guía de respiración</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Empezar</translation>
        </message>
        <message>
            <source>Start the breathing guide</source>
            <translation>Empezar la guía de respiración</translation>
        </message>
    </context>
    <context>
        <name>GroupPrintDialog</name>
        <message>
            <source>Print together</source>
            <translation>Imprimir juntos</translation>
        </message>
        <message>
            <source>One container is chosen.</source>
            <translation>Hay un contenedor elegido.</translation>
        </message>
        <message>
            <source>%d containers are chosen.</source>
            <translation>Hay %d contenedores elegidos.</translation>
        </message>
        <message>
            <source>Only the outside of each goes on paper.</source>
            <translation>Solo el exterior de cada uno va al papel.</translation>
        </message>
        <message>
            <source>Containers per sheet</source>
            <translation>Contenedores por hoja</translation>
        </message>
        <message>
            <source>Per sheet</source>
            <translation>Por hoja</translation>
        </message>
        <message>
            <source>Print each title underneath</source>
            <translation>Imprimir cada título debajo</translation>
        </message>
        <message>
            <source>Page size</source>
            <translation>Tamaño de página</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Carta</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progreso</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>Guardar PDF…</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>Guardar PDF</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Imprimir</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Save the sheets</source>
            <translation>Guardar las hojas</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Making the sheets…</source>
            <translation>Preparando las hojas…</translation>
        </message>
        <message>
            <source>Preparing the pages…</source>
            <translation>Preparando las páginas…</translation>
        </message>
        <message>
            <source>Saved as %s</source>
            <translation>Guardado como %s</translation>
        </message>
        <message>
            <source>The sheets could not be made this time; nothing was saved.</source>
            <translation>Esta vez no se han podido hacer las hojas; no se ha guardado nada.</translation>
        </message>
    </context>
    <context>
        <name>GroupSession</name>
        <message>
            <source>&amp;Group session…</source>
            <translation>Sesión de &amp;grupo…</translation>
        </message>
        <message>
            <source>&amp;Before you hand over…</source>
            <translation>&amp;Antes de pasar el teclado…</translation>
        </message>
        <message>
            <source>A group session gathers profiles kept on this computer.</source>
            <translation>Una sesión de grupo reúne los perfiles guardados en este ordenador.</translation>
        </message>
    </context>
    <context>
        <name>GroupSessionDialog</name>
        <message>
            <source>Group session</source>
            <translation>Sesión de grupo</translation>
        </message>
        <message>
            <source>Tick each participant's container to print them together. A closed lid stays closed on paper, and slips never go on paper.</source>
            <translation>Marca el contenedor de cada participante para imprimirlos juntos. Una tapa cerrada sigue cerrada en el papel, y los papelitos nunca van al papel.</translation>
        </message>
        <message>
            <source>Participants' containers</source>
            <translation>Contenedores de los participantes</translation>
        </message>
        <message>
            <source>Passcode of the chosen profile</source>
            <translation>Código del perfil elegido</translation>
        </message>
        <message>
            <source>&amp;Open with its passcode</source>
            <translation>&amp;Abrir con su código</translation>
        </message>
        <message>
            <source>Open with its passcode</source>
            <translation>Abrir con su código</translation>
        </message>
        <message>
            <source>Add a &amp;portable file…</source>
            <translation>Añadir un archivo &amp;portátil…</translation>
        </message>
        <message>
            <source>Add a portable file</source>
            <translation>Añadir un archivo portátil</translation>
        </message>
        <message>
            <source>Show what open containers hold</source>
            <translation>Mostrar lo que guardan los contenedores abiertos</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Print &amp;together…</source>
            <translation>Imprimir &amp;juntos…</translation>
        </message>
        <message>
            <source>Print together</source>
            <translation>Imprimir juntos</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Gathering the profiles…</source>
            <translation>Reuniendo los perfiles…</translation>
        </message>
        <message>
            <source>This computer's first profile</source>
            <translation>El primer perfil de este ordenador</translation>
        </message>
        <message>
            <source>%s: locked: open with its passcode</source>
            <translation>%s: con llave: ábrelo con su código</translation>
        </message>
        <message>
            <source>The profiles could not be gathered this time; nothing was changed.</source>
            <translation>Esta vez no se pudieron reunir los perfiles; no se ha cambiado nada.</translation>
        </message>
        <message>
            <source>Opening…</source>
            <translation>Abriendo…</translation>
        </message>
        <message>
            <source>That passcode did not open this profile. You may try again.</source>
            <translation>Ese código no abrió este perfil. Puedes intentarlo de nuevo.</translation>
        </message>
        <message>
            <source>The profile is open for this group session.</source>
            <translation>El perfil está abierto para esta sesión de grupo.</translation>
        </message>
        <message>
            <source>Portable files (*.csportable);;All files (*)</source>
            <translation>Archivos portátiles (*.csportable);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Checking the file…</source>
            <translation>Revisando el archivo…</translation>
        </message>
        <message>
            <source>Brought along: %s</source>
            <translation>Traído de casa: %s</translation>
        </message>
        <message>
            <source>That file could not be read; nothing was changed.</source>
            <translation>Ese archivo no se pudo leer; no se ha cambiado nada.</translation>
        </message>
        <message>
            <source>One participant's container is chosen.</source>
            <translation>Has elegido el contenedor de un participante.</translation>
        </message>
        <message>
            <source>%d participants' containers are chosen.</source>
            <translation>Has elegido los contenedores de %d participantes.</translation>
        </message>
        <message>
            <source>Closed lids stay closed; open containers show what they hold.</source>
            <translation>Las tapas cerradas siguen cerradas; los contenedores abiertos muestran lo que guardan.</translation>
        </message>
        <message>
            <source>Only the outside of each goes on paper.</source>
            <translation>Solo el exterior de cada uno va al papel.</translation>
        </message>
        <message>
            <source>Print each person's name underneath</source>
            <translation>Imprimir debajo el nombre de cada persona</translation>
        </message>
    </context>
    <context>
        <name>Guide</name>
        <message>
            <source>Guide</source>
            <translation>Guía</translation>
        </message>
    </context>
    <context>
        <name>GuideController</name>
        <message>
            <source>Some exercise files were set aside for now, and the others are ready: %s</source>
            <translation>Algunos archivos de ejercicios se han dejado aparte por ahora, y los demás están listos: %s</translation>
        </message>
        <message numerus="yes">
            <source>…and %n more note(s).</source>
            <translation>
                <numerusform>…y %n nota más.</numerusform>
                <numerusform>…y %n notas más.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Handover</name>
        <message>
            <source>Container files (*.csportable *.cssealed);;All files (*)</source>
            <translation>Archivos de contenedor (*.csportable *.cssealed);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Therapist cards (*.cscard);;All files (*)</source>
            <translation>Tarjetas de terapeuta (*.cscard);;Todos los archivos (*)</translation>
        </message>
    </context>
    <context>
        <name>HandoverFeature</name>
        <message>
            <source>Send to my &amp;therapist…</source>
            <translation>Enviar a mi &amp;terapeuta…</translation>
        </message>
        <message>
            <source>&amp;Import a container…</source>
            <translation>I&amp;mportar un contenedor…</translation>
        </message>
        <message>
            <source>Save a p&amp;ortable file…</source>
            <translation>Guardar un archivo p&amp;ortátil…</translation>
        </message>
        <message>
            <source>Therapist &amp;card…</source>
            <translation>T&amp;arjeta de terapeuta…</translation>
        </message>
        <message>
            <source>&amp;What left the app</source>
            <translation>&amp;Lo que ha salido de la aplicación</translation>
        </message>
        <message>
            <source>Sealed and saved as %s</source>
            <translation>Sellado y guardado como %s</translation>
        </message>
        <message>
            <source>Save a portable file</source>
            <translation>Guardar un archivo portátil</translation>
        </message>
        <message>
            <source>A portable file is not sealed: whoever has it can open what it holds. Would you like the slips to go with it?</source>
            <translation>Un archivo portátil no va sellado: quien lo tenga puede abrir lo que contiene. ¿Te gustaría que los papelitos vayan con él?</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>With the slips</source>
            <translation>Con los papelitos</translation>
        </message>
        <message>
            <source>Without the slips</source>
            <translation>Sin los papelitos</translation>
        </message>
        <message>
            <source>Portable files (*.csportable)</source>
            <translation>Archivos portátiles (*.csportable)</translation>
        </message>
        <message>
            <source>Saved as %s</source>
            <translation>Guardado como %s</translation>
        </message>
        <message>
            <source>The portable file could not be made; nothing was saved.</source>
            <translation>No se ha podido hacer el archivo portátil; no se ha guardado nada.</translation>
        </message>
        <message>
            <source>Import a container</source>
            <translation>Importar un contenedor</translation>
        </message>
        <message>
            <source>A container came in</source>
            <translation>Ha llegado un contenedor</translation>
        </message>
        <message>
            <source>It is in your library now, as a new container, with its versions. You may open it now, or later from the library.</source>
            <translation>Ya está en tu biblioteca, como un contenedor nuevo, con sus versiones. Puedes abrirlo ahora, o más tarde desde la biblioteca.</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Más tarde</translation>
        </message>
        <message>
            <source>Open it</source>
            <translation>Abrirlo</translation>
        </message>
        <message>
            <source>This file stays outside</source>
            <translation>Este archivo se queda fuera</translation>
        </message>
        <message>
            <source>This file cannot be taken in just now; your library is as it was.</source>
            <translation>Ahora mismo no se puede traer este archivo; tu biblioteca está como estaba.</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Ayuda</translation>
        </message>
        <message>
            <source>&amp;Where is my data?</source>
            <translation>¿&amp;Dónde están mis datos?</translation>
        </message>
        <message>
            <source>&amp;About the container exercise</source>
            <translation>&amp;Sobre el ejercicio del contenedor</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Atajos de teclado</translation>
        </message>
        <message>
            <source>Everything you make is kept in this folder on this computer:
%s</source>
            <translation>Todo lo que haces se guarda en esta carpeta, en este ordenador:
%s</translation>
        </message>
        <message>
            <source>Your library is still opening; its folder shows here once it is open.</source>
            <translation>Tu biblioteca todavía se está abriendo; su carpeta aparecerá aquí en cuanto esté abierta.</translation>
        </message>
        <message>
            <source>Where is my data?</source>
            <translation>¿Dónde están mis datos?</translation>
        </message>
        <message>
            <source>Nothing leaves this computer unless you export, print or hand it over yourself. Settings shows the folder too, with a button that opens it.</source>
            <translation>Nada sale de este ordenador salvo que tú lo exportes, lo imprimas o lo entregues. En Ajustes también aparece la carpeta, con un botón para abrirla.</translation>
        </message>
        <message>
            <source>About the container exercise</source>
            <translation>Sobre el ejercicio del contenedor</translation>
        </message>
        <message>
            <source>The container is a place for what feels too much to carry right now. You make it, put things inside without going into them, and close it, until you choose to open it again, ideally together with your therapist. It holds things for a while; it is not a way to bury them.</source>
            <translation>El contenedor es un lugar para lo que ahora mismo se siente demasiado pesado de llevar. Lo creas, guardas cosas dentro sin entrar en ellas y lo cierras, hasta que decidas volver a abrirlo, a ser posible junto con tu terapeuta. Guarda las cosas durante un tiempo; no es una forma de enterrarlas.</translation>
        </message>
        <message>
            <source>If you often lose track of time or of yourself, if the exercise keeps pulling you back, or if what you hold feels very heavy, it may be kinder to do this with your therapist rather than alone. Ground me is always one click away (%s).</source>
            <translation>Si a menudo pierdes la noción del tiempo o de ti, si el ejercicio te sigue atrayendo una y otra vez, o si lo que guardas se siente muy pesado, quizá sea más amable hacerlo con tu terapeuta en lugar de a solas. Anclarme está siempre a un clic (%s).</translation>
        </message>
    </context>
    <context>
        <name>HideScreen</name>
        <message>
            <source>Blank page</source>
            <translation>Página en blanco</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Volver</translation>
        </message>
    </context>
    <context>
        <name>HistoryDock</name>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>History of steps</source>
            <translation>Historial de pasos</translation>
        </message>
        <message>
            <source>Steps so far</source>
            <translation>Pasos hasta ahora</translation>
        </message>
        <message>
            <source>Choose a step to go back to it; later steps stay until you change something.</source>
            <translation>Elige un paso para volver a él; los pasos posteriores se quedan hasta que cambies algo.</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Empezar</translation>
        </message>
    </context>
    <context>
        <name>KeptWhereWidget</name>
        <message>
            <source>Or in your own words…</source>
            <translation>O con tus propias palabras…</translation>
        </message>
        <message>
            <source>Where your container is kept</source>
            <translation>Dónde se guarda tu contenedor</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Como el sistema</translation>
        </message>
        <message>
            <source>The language your computer uses</source>
            <translation>El idioma que usa tu ordenador</translation>
        </message>
        <message>
            <source>Container Studio will speak %s from its next start. Everything here stays as it is.</source>
            <translation>Container Studio hablará %s a partir de la próxima vez que lo abras. Todo lo de aquí se queda como está.</translation>
        </message>
    </context>
    <context>
        <name>LanguageRow</name>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
    </context>
    <context>
        <name>LibraryDialog</name>
        <message>
            <source>Library</source>
            <translation>Biblioteca</translation>
        </message>
        <message>
            <source>Containers and Trash</source>
            <translation>Contenedores y papelera</translation>
        </message>
        <message>
            <source>Your containers</source>
            <translation>Tus contenedores</translation>
        </message>
        <message>
            <source>Trash</source>
            <translation>Papelera</translation>
        </message>
        <message>
            <source>Search by title</source>
            <translation>Buscar por título</translation>
        </message>
        <message>
            <source>Containers, newest first</source>
            <translation>Contenedores, los más nuevos primero</translation>
        </message>
        <message>
            <source>&amp;New container…</source>
            <translation>&amp;Nuevo contenedor…</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Abrir</translation>
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation>Cambiar &amp;nombre…</translation>
        </message>
        <message>
            <source>&amp;Duplicate</source>
            <translation>&amp;Duplicar</translation>
        </message>
        <message>
            <source>Move to &amp;Trash…</source>
            <translation>Mover a la &amp;papelera…</translation>
        </message>
        <message>
            <source>&amp;Print together…</source>
            <translation>Imprimir &amp;juntos…</translation>
        </message>
        <message>
            <source>Choose several containers (Ctrl or Shift click) to print them together</source>
            <translation>Elige varios contenedores (Ctrl o Mayús y clic) para imprimirlos juntos</translation>
        </message>
        <message>
            <source>Containers here can be restored at any time. “Remove for good” removes a container from Container Studio's library and from backups made from now on. Copies on other disks, exported files, and backups made earlier are not reached.</source>
            <translation>Los contenedores de aquí se pueden recuperar en cualquier momento. «Quitar para siempre» quita un contenedor de la biblioteca de Container Studio y de las copias de seguridad que se hagan a partir de ahora. No llega a las copias en otros discos, a los archivos exportados ni a las copias de seguridad hechas antes.</translation>
        </message>
        <message>
            <source>Containers here can be restored at any time. “Remove for good” removes a container from Container Studio's library and destroys its key, so no backup, made earlier or later, can show it again. Exported files are not reached.</source>
            <translation>Los contenedores de aquí se pueden recuperar en cualquier momento. «Quitar para siempre» quita un contenedor de la biblioteca de Container Studio y destruye su clave, así que ninguna copia de seguridad, hecha antes o después, podrá volver a mostrarlo. No llega a los archivos exportados.</translation>
        </message>
        <message>
            <source>R&amp;estore</source>
            <translation>R&amp;ecuperar</translation>
        </message>
        <message>
            <source>Remove for &amp;good…</source>
            <translation>Quitar para &amp;siempre…</translation>
        </message>
        <message>
            <source>Container actions</source>
            <translation>Acciones del contenedor</translation>
        </message>
        <message>
            <source>● Open now</source>
            <translation>● Abierto ahora</translation>
        </message>
        <message>
            <source>open now</source>
            <translation>abierto ahora</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Cambiar nombre</translation>
        </message>
        <message>
            <source>New title:</source>
            <translation>Título nuevo:</translation>
        </message>
        <message>
            <source>%s (copy)</source>
            <translation>%s (copia)</translation>
        </message>
        <message>
            <source>Move to Trash</source>
            <translation>Mover a la papelera</translation>
        </message>
        <message>
            <source>Move “%s” to the Trash?</source>
            <translation>¿Mover «%s» a la papelera?</translation>
        </message>
        <message>
            <source>Keep it here</source>
            <translation>Dejarlo aquí</translation>
        </message>
        <message>
            <source>Nothing is lost: you can bring it back from the Trash tab whenever you like.</source>
            <translation>No se pierde nada: puedes recuperarlo desde la pestaña Papelera cuando quieras.</translation>
        </message>
        <message>
            <source>Remove for good</source>
            <translation>Quitar para siempre</translation>
        </message>
        <message>
            <source>Remove “%s” for good?</source>
            <translation>¿Quitar «%s» para siempre?</translation>
        </message>
        <message>
            <source>Keep it in the Trash</source>
            <translation>Dejarlo en la papelera</translation>
        </message>
        <message>
            <source>This removes the container, its versions, notes and slips from Container Studio's library and from backups made from now on. It cannot be brought back. Copies on other disks, exported files and backups made earlier are not reached.</source>
            <translation>Esto quita el contenedor, sus versiones, notas y papelitos de la biblioteca de Container Studio y de las copias de seguridad que se hagan a partir de ahora. No se puede recuperar. No llega a las copias en otros discos, a los archivos exportados ni a las copias de seguridad hechas antes.</translation>
        </message>
        <message>
            <source>This removes the container, its versions, notes and slips from Container Studio's library and destroys its key, so no backup or copy of the library, made earlier or later, can show it again. It cannot be brought back. Exported files are not reached.</source>
            <translation>Esto quita el contenedor, sus versiones, notas y papelitos de la biblioteca de Container Studio y destruye su clave, así que ninguna copia de seguridad ni copia de la biblioteca, hecha antes o después, podrá volver a mostrarlo. No se puede recuperar. No llega a los archivos exportados.</translation>
        </message>
    </context>
    <context>
        <name>LidClosedNote</name>
        <message>
            <source>The lid is closed</source>
            <translation>La tapa está cerrada</translation>
        </message>
        <message>
            <source>Your container is closed.</source>
            <translation>Tu contenedor está cerrado.</translation>
        </message>
        <message>
            <source>It is kept: %s</source>
            <translation>Se guarda: %s</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>Container Studio is locked</source>
            <translation>Container Studio está bloqueado</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Desbloquear</translation>
        </message>
        <message>
            <source>Lock screen message</source>
            <translation>Mensaje de la pantalla de bloqueo</translation>
        </message>
        <message>
            <source>If the passcode is forgotten, nobody can open this library again without its recovery key; that is what keeps it private.</source>
            <translation>Si se olvida el código, nadie puede volver a abrir esta biblioteca sin su clave de recuperación; eso es lo que la mantiene privada.</translation>
        </message>
        <message>
            <source>You may type the twelve words of your recovery key.</source>
            <translation>Puedes escribir las doce palabras de tu clave de recuperación.</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Clave de recuperación</translation>
        </message>
        <message>
            <source>Use the passcode instead</source>
            <translation>Usar el código</translation>
        </message>
        <message>
            <source>Your passcode opens it again.</source>
            <translation>Tu código la vuelve a abrir.</translation>
        </message>
        <message>
            <source>Passcode</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Use the recovery key</source>
            <translation>Usar la clave de recuperación</translation>
        </message>
        <message>
            <source>Opening…</source>
            <translation>Abriendo…</translation>
        </message>
        <message>
            <source>Those words do not open this library. You may check them and try again.</source>
            <translation>Esas palabras no abren esta biblioteca. Puedes revisarlas y volver a intentarlo.</translation>
        </message>
        <message>
            <source>That passcode does not open this library. You may try again when you're ready.</source>
            <translation>Ese código no abre esta biblioteca. Puedes volver a intentarlo cuando quieras.</translation>
        </message>
        <message>
            <source>The next try opens in a moment.</source>
            <translation>El siguiente intento se abre en un momento.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Container Studio</source>
            <translation>Container Studio</translation>
        </message>
        <message>
            <source>Save status</source>
            <translation>Estado del guardado</translation>
        </message>
        <message>
            <source>Opening your container…</source>
            <translation>Abriendo tu contenedor…</translation>
        </message>
        <message>
            <source>Opening your container</source>
            <translation>Abriendo tu contenedor</translation>
        </message>
        <message>
            <source>Opening your library…</source>
            <translation>Abriendo tu biblioteca…</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Principal</translation>
        </message>
        <message>
            <source>Main actions</source>
            <translation>Acciones principales</translation>
        </message>
        <message>
            <source>&amp;New container</source>
            <translation>&amp;Nuevo contenedor</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>&amp;Acercar</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>A&amp;lejar</translation>
        </message>
        <message>
            <source>&amp;Fit to window</source>
            <translation>&amp;Ajustar a la ventana</translation>
        </message>
        <message>
            <source>100 %</source>
            <translation>100 %</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Como el sistema</translation>
        </message>
        <message>
            <source>My container</source>
            <translation>Mi contenedor</translation>
        </message>
        <message>
            <source>Your open container stays as it is; you may try again later.</source>
            <translation>Tu contenedor abierto se queda como está; puedes volver a intentarlo más tarde.</translation>
        </message>
        <message>
            <source>This container cannot be opened just now</source>
            <translation>Este contenedor no se puede abrir ahora mismo</translation>
        </message>
        <message>
            <source>Your work is kept automatically.</source>
            <translation>Tu trabajo se guarda solo.</translation>
        </message>
        <message>
            <source>Undo %s</source>
            <translation>Deshacer %s</translation>
        </message>
        <message>
            <source>Redo %s</source>
            <translation>Rehacer %s</translation>
        </message>
        <message>
            <source>Kept at %s</source>
            <translation>Guardado a las %s</translation>
        </message>
        <message>
            <source>Your work is still open</source>
            <translation>Tu trabajo sigue abierto</translation>
        </message>
        <message>
            <source>Would you like to close anyway?</source>
            <translation>¿Te gustaría cerrar de todos modos?</translation>
        </message>
        <message>
            <source>Close anyway</source>
            <translation>Cerrar de todos modos</translation>
        </message>
        <message>
            <source>Stay open</source>
            <translation>Seguir abierto</translation>
        </message>
        <message>
            <source>&amp;Container</source>
            <translation>&amp;Contenedor</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>More actions</source>
            <translation>Más acciones</translation>
        </message>
    </context>
    <context>
        <name>OpenContainer</name>
        <message>
            <source>This version could not be kept just yet; your work itself is still kept.</source>
            <translation>Esta versión no se ha podido guardar todavía; tu trabajo en sí sigue guardado.</translation>
        </message>
    </context>
    <context>
        <name>PackEditorDialog</name>
        <message>
            <source>Edit exercises</source>
            <translation>Editar ejercicios</translation>
        </message>
        <message>
            <source>Choose an exercise and make your own copy of it. You can change the words of its steps, their order, hide a step or add one. The shipped exercise stays as it is, and the client sees which steps you changed.</source>
            <translation>Elige un ejercicio y haz tu propia copia. Puedes cambiar las palabras de sus pasos y su orden, ocultar un paso o añadir uno. El ejercicio original se queda como está, y la persona verá qué pasos has cambiado.</translation>
        </message>
        <message>
            <source>Exercise to copy</source>
            <translation>Ejercicio que copiar</translation>
        </message>
        <message>
            <source>Make my own copy</source>
            <translation>Hacer mi propia copia</translation>
        </message>
        <message>
            <source>Make my own copy of this exercise</source>
            <translation>Hacer mi propia copia de este ejercicio</translation>
        </message>
        <message>
            <source>Name of your copy</source>
            <translation>Nombre de tu copia</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Pasos</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <source>Hide this step</source>
            <translation>Ocultar este paso</translation>
        </message>
        <message>
            <source>Add a step</source>
            <translation>Añadir un paso</translation>
        </message>
        <message>
            <source>Move the step up</source>
            <translation>Subir el paso</translation>
        </message>
        <message>
            <source>Move the step down</source>
            <translation>Bajar el paso</translation>
        </message>
        <message>
            <source>Hide this step from the client</source>
            <translation>Ocultar este paso a la persona</translation>
        </message>
        <message>
            <source>Add a step after this one</source>
            <translation>Añadir un paso después de este</translation>
        </message>
        <message>
            <source>Step title</source>
            <translation>Título del paso</translation>
        </message>
        <message>
            <source>Invitation</source>
            <translation>Invitación</translation>
        </message>
        <message>
            <source>As the client will see it</source>
            <translation>Como lo verá la persona</translation>
        </message>
        <message>
            <source>As the client will see it:</source>
            <translation>Como lo verá la persona:</translation>
        </message>
        <message>
            <source>Changed by your therapist</source>
            <translation>Cambiado por tu terapeuta</translation>
        </message>
        <message>
            <source>About saving</source>
            <translation>Sobre el guardado</translation>
        </message>
        <message>
            <source>Save my copy</source>
            <translation>Guardar mi copia</translation>
        </message>
        <message>
            <source>Save my copy of the exercise</source>
            <translation>Guardar mi copia del ejercicio</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Close the editor</source>
            <translation>Cerrar el editor</translation>
        </message>
        <message>
            <source>%s (my version)</source>
            <translation>%s (mi versión)</translation>
        </message>
        <message>
            <source>(a step without a title yet)</source>
            <translation>(un paso aún sin título)</translation>
        </message>
        <message>
            <source>%s (hidden)</source>
            <translation>%s (oculto)</translation>
        </message>
        <message>
            <source>%s (changed)</source>
            <translation>%s (cambiado)</translation>
        </message>
        <message>
            <source>This step is hidden: the client will not see it.</source>
            <translation>Este paso está oculto: la persona no lo verá.</translation>
        </message>
        <message>
            <source>Step %d of %d</source>
            <translation>Paso %d de %d</translation>
        </message>
        <message>
            <source>A step of your own</source>
            <translation>Un paso tuyo</translation>
        </message>
        <message>
            <source>You may take a quiet moment here, for as long as you like.</source>
            <translation>Puedes tomarte aquí un momento tranquilo, todo el tiempo que quieras.</translation>
        </message>
        <message>
            <source>You may keep at least one step showing, then save.</source>
            <translation>Puedes dejar al menos un paso a la vista y luego guardar.</translation>
        </message>
        <message>
            <source>This step still needs a title and an invitation; then you can save.</source>
            <translation>A este paso aún le faltan un título y una invitación; después podrás guardar.</translation>
        </message>
        <message>
            <source>Saving your copy…</source>
            <translation>Guardando tu copia…</translation>
        </message>
        <message>
            <source>Your copy is kept. The guide offers it as “%s”.</source>
            <translation>Tu copia está guardada. La guía la ofrece como «%s».</translation>
        </message>
        <message>
            <source>Your copy could not be kept just now (perhaps the disk is full or the folder is read-only). Your changes are still here; you may try again.</source>
            <translation>Ahora mismo no se ha podido guardar tu copia (quizá el disco está lleno o la carpeta es de solo lectura). Tus cambios siguen aquí; puedes volver a intentarlo.</translation>
        </message>
    </context>
    <context>
        <name>PackEditorFeature</name>
        <message>
            <source>Edit exercises…</source>
            <translation>Editar ejercicios…</translation>
        </message>
        <message>
            <source>Make your own copy of an exercise and change its steps</source>
            <translation>Haz tu propia copia de un ejercicio y cambia sus pasos</translation>
        </message>
    </context>
    <context>
        <name>PaletteWidget</name>
        <message>
            <source>Other colour…</source>
            <translation>Otro color…</translation>
        </message>
        <message>
            <source>Choose any colour</source>
            <translation>Elegir cualquier color</translation>
        </message>
        <message>
            <source>Colours: %s</source>
            <translation>Colores: %s</translation>
        </message>
        <message>
            <source>Choose a colour</source>
            <translation>Elige un color</translation>
        </message>
    </context>
    <context>
        <name>Palettes</name>
        <message>
            <source>Calm</source>
            <translation>Calma</translation>
        </message>
        <message>
            <source>Sea blue</source>
            <translation>Azul mar</translation>
        </message>
        <message>
            <source>Sky blue</source>
            <translation>Azul cielo</translation>
        </message>
        <message>
            <source>Teal</source>
            <translation>Turquesa</translation>
        </message>
        <message>
            <source>Sage green</source>
            <translation>Verde salvia</translation>
        </message>
        <message>
            <source>Moss green</source>
            <translation>Verde musgo</translation>
        </message>
        <message>
            <source>Sand</source>
            <translation>Arena</translation>
        </message>
        <message>
            <source>Warm yellow</source>
            <translation>Amarillo cálido</translation>
        </message>
        <message>
            <source>Peach</source>
            <translation>Melocotón</translation>
        </message>
        <message>
            <source>Dusty rose</source>
            <translation>Rosa empolvado</translation>
        </message>
        <message>
            <source>Lavender</source>
            <translation>Lavanda</translation>
        </message>
        <message>
            <source>Soft brown</source>
            <translation>Marrón suave</translation>
        </message>
        <message>
            <source>Charcoal</source>
            <translation>Carbón</translation>
        </message>
        <message>
            <source>Colour-blind safe</source>
            <translation>Apta para daltonismo</translation>
        </message>
        <message>
            <source>Black</source>
            <translation>Negro</translation>
        </message>
        <message>
            <source>Orange</source>
            <translation>Naranja</translation>
        </message>
        <message>
            <source>Bluish green</source>
            <translation>Verde azulado</translation>
        </message>
        <message>
            <source>Yellow</source>
            <translation>Amarillo</translation>
        </message>
        <message>
            <source>Blue</source>
            <translation>Azul</translation>
        </message>
        <message>
            <source>Vermilion</source>
            <translation>Bermellón</translation>
        </message>
        <message>
            <source>Reddish purple</source>
            <translation>Púrpura rojizo</translation>
        </message>
        <message>
            <source>White</source>
            <translation>Blanco</translation>
        </message>
        <message>
            <source>Grey</source>
            <translation>Gris</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Alto contraste</translation>
        </message>
        <message>
            <source>Red</source>
            <translation>Rojo</translation>
        </message>
        <message>
            <source>Magenta</source>
            <translation>Magenta</translation>
        </message>
        <message>
            <source>Purple</source>
            <translation>Morado</translation>
        </message>
        <message>
            <source>Dark blue</source>
            <translation>Azul oscuro</translation>
        </message>
        <message>
            <source>Cyan</source>
            <translation>Cian</translation>
        </message>
        <message>
            <source>Green</source>
            <translation>Verde</translation>
        </message>
    </context>
    <context>
        <name>Parts</name>
        <message>
            <source>Outside</source>
            <translation>Exterior</translation>
        </message>
        <message>
            <source>Inside</source>
            <translation>Dentro</translation>
        </message>
        <message>
            <source>Lid</source>
            <translation>Tapa</translation>
        </message>
    </context>
    <context>
        <name>PartsBar</name>
        <message>
            <source>Parts</source>
            <translation>Partes</translation>
        </message>
        <message>
            <source>Parts of the container</source>
            <translation>Partes del contenedor</translation>
        </message>
        <message>
            <source>Working on:</source>
            <translation>Trabajando en:</translation>
        </message>
        <message>
            <source>New work goes on the %s</source>
            <translation>Lo nuevo va en: %s</translation>
        </message>
        <message>
            <source>Work on the %s</source>
            <translation>Trabajar en: %s</translation>
        </message>
        <message>
            <source>Show closed</source>
            <translation>Mostrar cerrado</translation>
        </message>
        <message>
            <source>The outside with the lid on, as the container looks shut</source>
            <translation>El exterior con la tapa puesta, como se ve el contenedor cerrado</translation>
        </message>
        <message>
            <source>Show open</source>
            <translation>Mostrar abierto</translation>
        </message>
        <message>
            <source>The outside and what it holds, the lid set aside</source>
            <translation>El exterior y lo que contiene, con la tapa a un lado</translation>
        </message>
        <message>
            <source>What you see</source>
            <translation>Lo que ves</translation>
        </message>
        <message>
            <source>Show %s</source>
            <translation>Mostrar %s</translation>
        </message>
        <message>
            <source>Show or hide the %s on the canvas</source>
            <translation>Mostrar u ocultar en el lienzo: %s</translation>
        </message>
        <message>
            <source>What you see: the container closed, open, or one part at a time</source>
            <translation>Lo que ves: el contenedor cerrado, abierto o una parte cada vez</translation>
        </message>
    </context>
    <context>
        <name>PasscodeDialog</name>
        <message>
            <source>Protect with a passcode</source>
            <translation>Proteger con un código</translation>
        </message>
        <message>
            <source>Passcode message</source>
            <translation>Mensaje del código</translation>
        </message>
        <message>
            <source>Current passcode</source>
            <translation>Código actual</translation>
        </message>
        <message>
            <source>New passcode</source>
            <translation>Código nuevo</translation>
        </message>
        <message>
            <source>New passcode again</source>
            <translation>Código nuevo otra vez</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <source>Lock after minutes without use</source>
            <translation>Bloquear tras estos minutos sin uso</translation>
        </message>
        <message>
            <source>This library is protected. You may change the passcode (nothing else is touched), make a new recovery key, or remove the protection, which turns the library and its backups back into plain files.</source>
            <translation>Esta biblioteca está protegida. Puedes cambiar el código (no se toca nada más), crear una clave de recuperación nueva o quitar la protección, lo que vuelve a convertir la biblioteca y sus copias de seguridad en archivos normales.</translation>
        </message>
        <message>
            <source>or the recovery key's twelve words</source>
            <translation>o las doce palabras de la clave de recuperación</translation>
        </message>
        <message>
            <source>With a passcode, everything you make and write is encrypted on this computer, your backups too, and the app asks for it when it starts and after a quiet while. Please know: a forgotten passcode cannot be recovered by anyone; only a recovery key, which you may make next, opens the library then.</source>
            <translation>Con un código, todo lo que haces y escribes se cifra en este ordenador, también tus copias de seguridad, y la aplicación te lo pide al iniciarse y tras un rato sin uso. Ten en cuenta: nadie puede recuperar un código olvidado; en ese caso solo una clave de recuperación, que puedes crear a continuación, abre la biblioteca.</translation>
        </message>
        <message>
            <source>Lock after</source>
            <translation>Bloquear tras</translation>
        </message>
        <message>
            <source>Change passcode</source>
            <translation>Cambiar el código</translation>
        </message>
        <message>
            <source>Make a recovery key</source>
            <translation>Crear una clave de recuperación</translation>
        </message>
        <message>
            <source>Remove the passcode</source>
            <translation>Quitar el código</translation>
        </message>
        <message>
            <source>Protect</source>
            <translation>Proteger</translation>
        </message>
        <message>
            <source>A passcode of at least four characters, please.</source>
            <translation>Un código de al menos cuatro caracteres, por favor.</translation>
        </message>
        <message>
            <source>The two new passcodes are not the same yet.</source>
            <translation>Los dos códigos nuevos todavía no coinciden.</translation>
        </message>
        <message>
            <source>The passcode is changed.</source>
            <translation>El código ha cambiado.</translation>
        </message>
        <message>
            <source>Your library is protected</source>
            <translation>Tu biblioteca está protegida</translation>
        </message>
        <message>
            <source>Your library and its backups are now encrypted. Would you like a recovery key, twelve words that open the library if the passcode is forgotten?</source>
            <translation>Tu biblioteca y sus copias de seguridad ahora están cifradas. ¿Te gustaría una clave de recuperación, doce palabras que abren la biblioteca si se olvida el código?</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Ahora no</translation>
        </message>
        <message>
            <source>Some backups were left as they were</source>
            <translation>Algunas copias de seguridad se han dejado como estaban</translation>
        </message>
        <message>
            <source>These backups could not be read, so they were left exactly as they were. You may delete them:</source>
            <translation>Estas copias de seguridad no se han podido leer, así que se han dejado exactamente como estaban. Puedes borrarlas:</translation>
        </message>
    </context>
    <context>
        <name>PauseScreen</name>
        <message>
            <source>Paused</source>
            <translation>En pausa</translation>
        </message>
        <message>
            <source>Take all the time you need. Your work is kept just as it was,
and the session clock is resting too.</source>
            <translation>Tómate todo el tiempo que necesites. Tu trabajo está guardado tal como estaba,
y el reloj de la sesión también descansa.</translation>
        </message>
        <message>
            <source>Resume when you're ready</source>
            <translation>Continúa cuando quieras</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Continuar</translation>
        </message>
        <message>
            <source>Ground me</source>
            <translation>Anclarme</translation>
        </message>
    </context>
    <context>
        <name>PdfWords</name>
        <message>
            <source>Reflections</source>
            <translation>Reflexiones</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Cómo estás</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Antes</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Después</translation>
        </message>
        <message>
            <source>Where the container is kept</source>
            <translation>Dónde se guarda el contenedor</translation>
        </message>
        <message>
            <source>Slips</source>
            <translation>Papelitos</translation>
        </message>
        <message>
            <source>Step {n} of {m}</source>
            <translation>Paso {n} de {m}</translation>
        </message>
        <message>
            <source>Your paper container: the box</source>
            <translation>Tu contenedor de papel: la caja</translation>
        </message>
        <message>
            <source>Your paper container: the lid</source>
            <translation>Tu contenedor de papel: la tapa</translation>
        </message>
        <message>
            <source>Your paper container: an envelope</source>
            <translation>Tu contenedor de papel: un sobre</translation>
        </message>
        <message>
            <source>glue</source>
            <translation>pegamento</translation>
        </message>
        <message>
            <source>1. Cut along the solid lines.</source>
            <translation>1. Recorta por las líneas continuas.</translation>
        </message>
        <message>
            <source>2. Fold along the dashed lines, picture side out.</source>
            <translation>2. Dobla por las líneas discontinuas, con el dibujo hacia fuera.</translation>
        </message>
        <message>
            <source>3. Put a little glue on the grey tabs and tuck them inside the side walls.</source>
            <translation>3. Pon un poco de pegamento en las pestañas grises y mételas por dentro de las paredes laterales.</translation>
        </message>
        <message>
            <source>1. Cut along the solid lines and fold along the dashed lines.</source>
            <translation>1. Recorta por las líneas continuas y dobla por las discontinuas.</translation>
        </message>
        <message>
            <source>2. Glue the grey tabs inside, as for the box.</source>
            <translation>2. Pega las pestañas grises por dentro, como en la caja.</translation>
        </message>
        <message>
            <source>3. The lid is a little larger than the box, so it slides over it.</source>
            <translation>3. La tapa es un poco más grande que la caja, así que encaja por encima.</translation>
        </message>
        <message>
            <source>1. Cut along the solid lines; fold the side flaps in.</source>
            <translation>1. Recorta por las líneas continuas; dobla hacia dentro las solapas laterales.</translation>
        </message>
        <message>
            <source>2. Glue the grey bottom flap over them.</source>
            <translation>2. Pega encima de ellas la solapa gris de abajo.</translation>
        </message>
        <message>
            <source>3. Tuck the top flap in to close it, and open it whenever you choose.</source>
            <translation>3. Mete la solapa de arriba para cerrarlo, y ábrelo cuando tú quieras.</translation>
        </message>
    </context>
    <context>
        <name>PhotoImporter</name>
        <message>
            <source>Bringing in a photo</source>
            <translation>Trayendo una foto</translation>
        </message>
        <message>
            <source>Photo %p %</source>
            <translation>Foto %p %</translation>
        </message>
        <message>
            <source>Add photos</source>
            <translation>Añadir fotos</translation>
        </message>
        <message>
            <source>Pictures (%s)</source>
            <translation>Imágenes (%s)</translation>
        </message>
        <message>
            <source>pasted picture</source>
            <translation>imagen pegada</translation>
        </message>
        <message>
            <source>Add photo</source>
            <translation>Añadir foto</translation>
        </message>
    </context>
    <context>
        <name>PrintPages</name>
        <message>
            <source>Print preview</source>
            <translation>Vista previa de impresión</translation>
        </message>
        <message>
            <source>More actions</source>
            <translation>Más acciones</translation>
        </message>
        <message>
            <source>Page number</source>
            <translation>Número de página</translation>
        </message>
    </context>
    <context>
        <name>ProblemTexts</name>
        <message>
            <source>line {line}, column {column}</source>
            <translation>línea {line}, columna {column}</translation>
        </message>
        <message>
            <source>line {line}</source>
            <translation>línea {line}</translation>
        </message>
        <message>
            <source>step {number}</source>
            <translation>paso {number}</translation>
        </message>
        <message>
            <source>step “{step}”</source>
            <translation>paso «{step}»</translation>
        </message>
        <message>
            <source>field “{field}”</source>
            <translation>campo «{field}»</translation>
        </message>
        <message>
            <source>{place}: {text}</source>
            <translation>{place}: {text}</translation>
        </message>
        <message>
            <source>This pack</source>
            <translation>Este paquete</translation>
        </message>
        <message>
            <source>this pack</source>
            <translation>este paquete</translation>
        </message>
        <message>
            <source>Step {number}</source>
            <translation>El paso {number}</translation>
        </message>
        <message>
            <source>The step “{step}”</source>
            <translation>El paso «{step}»</translation>
        </message>
        <message>
            <source>the step “{step}”</source>
            <translation>el paso «{step}»</translation>
        </message>
        <message>
            <source>{key} in senses item {number}</source>
            <translation>{key} en el elemento {number} de los sentidos</translation>
        </message>
        <message>
            <source>pack id</source>
            <translation>id del paquete</translation>
        </message>
        <message>
            <source>minutes estimate</source>
            <translation>estimación de minutos</translation>
        </message>
        <message>
            <source>senses list for its senses exercise</source>
            <translation>lista de sentidos para su ejercicio de los sentidos</translation>
        </message>
        <message>
            <source>true/false ({written})</source>
            <translation>verdadero/falso ({written})</translation>
        </message>
        <message>
            <source>a number ({written})</source>
            <translation>un número ({written})</translation>
        </message>
        <message>
            <source>text (“{written}”)</source>
            <translation>texto («{written}»)</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>una lista</translation>
        </message>
        <message>
            <source>a table</source>
            <translation>una tabla</translation>
        </message>
        <message>
            <source>a date or time</source>
            <translation>una fecha o una hora</translation>
        </message>
        <message>
            <source>“{path}”, where the library belongs, points to nothing that can be read, so Container Studio left it exactly as it is.</source>
            <translation>«{path}», donde va la biblioteca, no lleva a nada que se pueda leer, así que Container Studio lo ha dejado tal como está.</translation>
        </message>
        <message>
            <source>“{path}”, where the library belongs, is a folder, not a library file, so Container Studio left it exactly as it is.</source>
            <translation>«{path}», donde va la biblioteca, es una carpeta y no un archivo de biblioteca, así que Container Studio la ha dejado tal como está.</translation>
        </message>
        <message>
            <source>“{path}”, where the library belongs, is not an ordinary file, so Container Studio left it exactly as it is.</source>
            <translation>«{path}», donde va la biblioteca, no es un archivo corriente, así que Container Studio lo ha dejado tal como está.</translation>
        </message>
        <message>
            <source>The library file “{path}” is empty (0 bytes), not a library, so Container Studio left it exactly as it is.</source>
            <translation>El archivo de biblioteca «{path}» está vacío (0 bytes) y no es una biblioteca, así que Container Studio lo ha dejado tal como está.</translation>
        </message>
        <message>
            <source>The library file “{path}” cannot be read just now, so Container Studio left it exactly as it is.</source>
            <translation>El archivo de biblioteca «{path}» no se puede leer ahora mismo, así que Container Studio lo ha dejado tal como está.</translation>
        </message>
        <message>
            <source>The library file “{path}” seems damaged (cut short), so Container Studio left it exactly as it is.</source>
            <translation>El archivo de biblioteca «{path}» parece dañado (está cortado), así que Container Studio lo ha dejado tal como está.</translation>
        </message>
        <message>
            <source>The library file “{path}” is not a Container Studio library, so Container Studio left it exactly as it is.</source>
            <translation>El archivo de biblioteca «{path}» no es una biblioteca de Container Studio, así que Container Studio lo ha dejado tal como está.</translation>
        </message>
        <message>
            <source>The library file “{path}” seems damaged, so Container Studio left it exactly as it is.</source>
            <translation>El archivo de biblioteca «{path}» parece dañado, así que Container Studio lo ha dejado tal como está.</translation>
        </message>
        <message>
            <source>The library file “{path}” belongs to another program, so Container Studio left it exactly as it is.</source>
            <translation>El archivo de biblioteca «{path}» pertenece a otro programa, así que Container Studio lo ha dejado tal como está.</translation>
        </message>
        <message>
            <source>The library file “{path}” appeared while a new library was being made, so Container Studio left it exactly as it is.</source>
            <translation>El archivo de biblioteca «{path}» apareció mientras se creaba una biblioteca nueva, así que Container Studio lo ha dejado tal como está.</translation>
        </message>
        <message>
            <source>The library file “{path}” was written by a newer Container Studio, so this version left it untouched. You may open it with the newer version.</source>
            <translation>El archivo de biblioteca «{path}» lo escribió un Container Studio más nuevo, así que esta versión no lo ha tocado. Puedes abrirlo con la versión más nueva.</translation>
        </message>
        <message>
            <source>The library in “{folder}” could not be opened just now, so it was left as it is. You may start Container Studio again, or choose another folder.</source>
            <translation>La biblioteca de «{folder}» no se ha podido abrir ahora mismo, así que se ha dejado tal como está. Puedes volver a iniciar Container Studio o elegir otra carpeta.</translation>
        </message>
        <message>
            <source>The disk is full ({folder}), so the latest change is not kept yet. Your work is still open; when you free some space, it will be saved.</source>
            <translation>El disco está lleno ({folder}), así que el último cambio todavía no está guardado. Tu trabajo sigue abierto; cuando liberes algo de espacio, se guardará.</translation>
        </message>
        <message>
            <source>The data folder ({folder}) cannot be written to right now. Your work is still open; you may choose another folder.</source>
            <translation>Ahora mismo no se puede escribir en la carpeta de datos ({folder}). Tu trabajo sigue abierto; puedes elegir otra carpeta.</translation>
        </message>
        <message>
            <source>The data folder “{folder}” could not be made. You may choose another one.</source>
            <translation>No se ha podido crear la carpeta de datos «{folder}». Puedes elegir otra.</translation>
        </message>
        <message>
            <source>The data folder “{folder}” cannot be written to just now (it may be on a read-only disk), so the library there was left untouched. You may make the folder writable, or choose another one.</source>
            <translation>Ahora mismo no se puede escribir en la carpeta de datos «{folder}» (quizá está en un disco de solo lectura), así que la biblioteca de ahí no se ha tocado. Puedes hacer que la carpeta admita escritura o elegir otra.</translation>
        </message>
        <message>
            <source>This container was saved by a newer Container Studio, so it was left as it is. You may open it with the newer version.</source>
            <translation>Este contenedor lo guardó un Container Studio más nuevo, así que se ha dejado tal como está. Puedes abrirlo con la versión más nueva.</translation>
        </message>
        <message>
            <source>Part of this container could not be read back, so it was left exactly as it is; nothing was deleted. Your other containers are unaffected, and an earlier version or an automatic backup may hold this one whole.</source>
            <translation>Una parte de este contenedor no se ha podido volver a leer, así que se ha dejado exactamente como está; no se ha borrado nada. Tus otros contenedores no se ven afectados, y una versión anterior o una copia de seguridad automática puede tenerlo entero.</translation>
        </message>
        <message>
            <source>No automatic backup was found in “{folder}”, so the library file was left as it is.</source>
            <translation>No se ha encontrado ninguna copia de seguridad automática en «{folder}», así que el archivo de biblioteca se ha dejado tal como está.</translation>
        </message>
        <message>
            <source>That passcode does not open this library. You may try again when you're ready.</source>
            <translation>Ese código no abre esta biblioteca. Puedes volver a intentarlo cuando quieras.</translation>
        </message>
        <message>
            <source>The library is locked; it opens again with its passcode.</source>
            <translation>La biblioteca está bloqueada; se vuelve a abrir con su código.</translation>
        </message>
        <message>
            <source>The keys of the encrypted library in “{folder}” (the file {file}) are not there or cannot be read, so the library was left as it is. If you have a copy of that file, you may put it back in this folder.</source>
            <translation>Las claves de la biblioteca cifrada de «{folder}» (el archivo {file}) no están o no se pueden leer, así que la biblioteca se ha dejado tal como está. Si tienes una copia de ese archivo, puedes volver a ponerla en esta carpeta.</translation>
        </message>
        <message>
            <source>This library is already protected with a passcode.</source>
            <translation>Esta biblioteca ya está protegida con un código.</translation>
        </message>
        <message>
            <source>This library has no passcode yet.</source>
            <translation>Esta biblioteca todavía no tiene código.</translation>
        </message>
        <message>
            <source>A passcode protects a library kept in a data folder; this one is on a server.</source>
            <translation>Un código protege una biblioteca guardada en una carpeta de datos; esta está en un servidor.</translation>
        </message>
        <message>
            <source>A library on a server is kept on PostgreSQL, with an address that begins postgresql:// ; the address given is not one, so nothing was opened.</source>
            <translation>Una biblioteca en un servidor se guarda en PostgreSQL, con una dirección que empieza por postgresql:// ; la dirección indicada no es de ese tipo, así que no se ha abierto nada.</translation>
        </message>
        <message>
            <source>Reaching a PostgreSQL server needs the psycopg package; nothing was opened.</source>
            <translation>Para llegar a un servidor PostgreSQL hace falta el paquete psycopg; no se ha abierto nada.</translation>
        </message>
        <message>
            <source>The server {server} cannot be reached just now, so nothing there was changed. You may check the connection and start again.</source>
            <translation>Ahora mismo no se puede llegar al servidor {server}, así que no se ha cambiado nada allí. Puedes revisar la conexión y empezar de nuevo.</translation>
        </message>
        <message>
            <source>The schema “{schema}” on {server} holds another program's tables, so Container Studio left it exactly as it is.</source>
            <translation>El esquema «{schema}» de {server} contiene las tablas de otro programa, así que Container Studio lo ha dejado exactamente como estaba.</translation>
        </message>
        <message>
            <source>The library on {server} was written by a newer Container Studio, so this version left it untouched. You may open it with the newer version.</source>
            <translation>La biblioteca de {server} la escribió un Container Studio más reciente, así que esta versión la ha dejado intacta. Puedes abrirla con la versión más reciente.</translation>
        </message>
        <message>
            <source>This container is open in another Container Studio just now, so it stays as it is there. You may open it here once it is closed there.</source>
            <translation>Este contenedor está abierto ahora mismo en otro Container Studio, así que se queda como está allí. Puedes abrirlo aquí en cuanto se cierre allí.</translation>
        </message>
        <message>
            <source>The list of profiles “{path}” could not be read, so it was left as it is; the libraries themselves are untouched.</source>
            <translation>No se ha podido leer la lista de perfiles «{path}», así que se ha dejado como estaba; las bibliotecas siguen intactas.</translation>
        </message>
        <message>
            <source>There is no such profile here; Container → Profiles… shows them.</source>
            <translation>Aquí no hay ningún perfil con ese nombre; Contenedor → Perfiles… los muestra.</translation>
        </message>
        <message>
            <source>A profile needs a name; you may choose any.</source>
            <translation>Un perfil necesita un nombre; puedes elegir el que quieras.</translation>
        </message>
        <message>
            <source>Part of the library could not be read, so it was left exactly as it was and nothing was changed. An automatic backup may hold it whole.</source>
            <translation>Una parte de la biblioteca no se ha podido leer, así que se ha dejado exactamente como estaba y no se ha cambiado nada. Una copia de seguridad automática puede tenerla entera.</translation>
        </message>
        <message>
            <source>The passcode file “{path}” could not be read.</source>
            <translation>No se ha podido leer el archivo de código «{path}».</translation>
        </message>
        <message>
            <source>This library is protected with a passcode; you may give it.</source>
            <translation>Esta biblioteca está protegida con un código; puedes darlo.</translation>
        </message>
        <message>
            <source>{what} was not given yet.</source>
            <translation>Todavía no se ha dado {what}.</translation>
        </message>
        <message>
            <source>Container Studio is open with this library just now.</source>
            <translation>Container Studio está abierto con esta biblioteca ahora mismo.</translation>
        </message>
        <message>
            <source>“{name}” is empty, so there is no picture in it.</source>
            <translation>«{name}» está vacío, así que no contiene ninguna imagen.</translation>
        </message>
        <message>
            <source>“{name}” could not be opened; it may have been moved.</source>
            <translation>No se ha podido abrir «{name}»; quizá se ha movido.</translation>
        </message>
        <message>
            <source>“{name}” is larger than the {megabytes} MB a picture here can be; a smaller copy of it would fit.</source>
            <translation>«{name}» ocupa más de los {megabytes} MB que puede ocupar una imagen aquí; cabría una copia más pequeña.</translation>
        </message>
        <message>
            <source>“{name}” is a very large picture (about {megapixels} megapixels). Pictures up to {limit} megapixels can come in; a smaller copy would fit.</source>
            <translation>«{name}» es una imagen muy grande (unos {megapixels} megapíxeles). Pueden entrar imágenes de hasta {limit} megapíxeles; cabría una copia más pequeña.</translation>
        </message>
        <message>
            <source>“{name}” is a very large picture. Pictures up to {limit} megapixels can come in; a smaller copy would fit.</source>
            <translation>«{name}» es una imagen muy grande. Pueden entrar imágenes de hasta {limit} megapíxeles; cabría una copia más pequeña.</translation>
        </message>
        <message>
            <source>“{name}” could not be read as a picture. It may be incomplete, or in a format this studio does not know.</source>
            <translation>«{name}» no se ha podido leer como imagen. Quizá está incompleta o en un formato que este estudio no conoce.</translation>
        </message>
        <message>
            <source>The page size “{page}” is not offered; you can choose A4 or Letter.</source>
            <translation>El tamaño de página «{page}» no está disponible; puedes elegir A4 o Carta.</translation>
        </message>
        <message>
            <source>The font {path} could not be read, so the PDF was not made.</source>
            <translation>No se ha podido leer la fuente {path}, así que no se ha hecho el PDF.</translation>
        </message>
        <message>
            <source>Container Studio cannot write into the folder {folder}. You might choose another folder.</source>
            <translation>Container Studio no puede escribir en la carpeta {folder}. Puedes elegir otra carpeta.</translation>
        </message>
        <message>
            <source>The file {path} could not be written ({reason}). Nothing was left half-written; you might try another folder.</source>
            <translation>No se ha podido escribir el archivo {path} ({reason}). No ha quedado nada a medio escribir; puedes probar con otra carpeta.</translation>
        </message>
        <message>
            <source>You can print 1, 2, 4 or 6 containers on a sheet.</source>
            <translation>Puedes imprimir 1, 2, 4 o 6 contenedores en una hoja.</translation>
        </message>
        <message>
            <source>No containers are chosen yet; you might pick one or more.</source>
            <translation>Todavía no has elegido ningún contenedor; puedes elegir uno o varios.</translation>
        </message>
        <message>
            <source>A PNG can be between {low} and {high} pixels wide.</source>
            <translation>Un PNG puede tener entre {low} y {high} píxeles de ancho.</translation>
        </message>
        <message>
            <source>There is no container with the id {container}.</source>
            <translation>No hay ningún contenedor con el id {container}.</translation>
        </message>
        <message>
            <source>“{name}” is not a section; you can include {known}.</source>
            <translation>«{name}» no es una sección; puedes incluir {known}.</translation>
        </message>
        <message>
            <source>The prompt pack {path} was set aside: {reasons}</source>
            <translation>El paquete de propuestas {path} se ha dejado aparte: {reasons}</translation>
        </message>
        <message>
            <source>No prompt pack called “{name}” was found. Known packs: {known}.</source>
            <translation>No se ha encontrado ningún paquete de propuestas llamado «{name}». Paquetes conocidos: {known}.</translation>
        </message>
        <message>
            <source>Nothing was added, and your library is as it was.</source>
            <translation>No se ha añadido nada y tu biblioteca está como estaba.</translation>
        </message>
        <message>
            <source>“{name}” is not a Container Studio portable file, or it is incomplete.</source>
            <translation>«{name}» no es un archivo portátil de Container Studio, o está incompleto.</translation>
        </message>
        <message>
            <source>“{name}” was made by a newer Container Studio; you may open it there.</source>
            <translation>«{name}» se hizo con un Container Studio más nuevo; puedes abrirlo ahí.</translation>
        </message>
        <message>
            <source>“{name}” holds more than a portable file here can take in ({limit}).</source>
            <translation>«{name}» contiene más de lo que aquí puede traer un archivo portátil ({limit}).</translation>
        </message>
        <message>
            <source>“{name}” seems damaged or changed since it was made ({detail}).</source>
            <translation>«{name}» parece dañado o cambiado desde que se hizo ({detail}).</translation>
        </message>
        <message>
            <source>“{name}” is not a sealed file from Container Studio, or it is incomplete.</source>
            <translation>«{name}» no es un archivo sellado de Container Studio, o está incompleto.</translation>
        </message>
        <message>
            <source>“{name}” was sealed for another therapist's library, so it stays closed here.</source>
            <translation>«{name}» se selló para la biblioteca de otro terapeuta, así que aquí se queda cerrado.</translation>
        </message>
        <message>
            <source>“{name}” does not open: its bytes were changed or cut short after it was sealed. You may ask for it to be sent again.</source>
            <translation>«{name}» no se abre: sus bytes cambiaron o se cortaron después de sellarlo. Puedes pedir que te lo vuelvan a enviar.</translation>
        </message>
        <message>
            <source>This library has no therapist key yet, so a sealed file cannot open here.</source>
            <translation>Esta biblioteca todavía no tiene clave de terapeuta, así que aquí no se puede abrir un archivo sellado.</translation>
        </message>
        <message>
            <source>“{name}” is not a therapist card from Container Studio; your therapist may give you the card again.</source>
            <translation>«{name}» no es una tarjeta de terapeuta de Container Studio; tu terapeuta puede volver a darte la tarjeta.</translation>
        </message>
        <message>
            <source>No therapist card is here yet; you may import the card your therapist gave you first.</source>
            <translation>Todavía no hay ninguna tarjeta de terapeuta aquí; puedes importar primero la tarjeta que te dio tu terapeuta.</translation>
        </message>
        <message>
            <source>This container has no version {number}.</source>
            <translation>Este contenedor no tiene la versión {number}.</translation>
        </message>
        <message>
            <source>Container Studio could not look inside this folder, so its packs were set aside. Its permissions may keep it private.</source>
            <translation>Container Studio no ha podido mirar dentro de esta carpeta, así que sus paquetes se han dejado aparte. Puede que sus permisos la mantengan privada.</translation>
        </message>
        <message>
            <source>Container Studio could not open this file, so this pack was set aside. It may be in use elsewhere, or its permissions may keep it private.</source>
            <translation>Container Studio no ha podido abrir este archivo, así que este paquete se ha dejado aparte. Puede que esté en uso en otro sitio, o que sus permisos lo mantengan privado.</translation>
        </message>
        <message>
            <source>Container Studio could not make sense of this file, so this pack was set aside. Comparing it with one of the packs that come with the app may show what differs.</source>
            <translation>Container Studio no ha podido entender este archivo, así que este paquete se ha dejado aparte. Compararlo con uno de los paquetes que trae la aplicación puede mostrar en qué se diferencia.</translation>
        </message>
        <message>
            <source>This file is {megabytes} MB, larger than the 1 MB a pack can be, so it was set aside without being read.</source>
            <translation>Este archivo ocupa {megabytes} MB, más que el 1 MB que puede ocupar un paquete, así que se ha dejado aparte sin leerlo.</translation>
        </message>
        <message>
            <source>Line {line} of this file holds characters that are not UTF-8 text, so this pack was set aside. Saving it again as UTF-8 in a text editor usually settles this.</source>
            <translation>La línea {line} de este archivo tiene caracteres que no son texto UTF-8, así que este paquete se ha dejado aparte. Volver a guardarlo como UTF-8 en un editor de texto suele resolverlo.</translation>
        </message>
        <message>
            <source>Container Studio could not read line {line}, column {column} of this file as TOML, so this pack was set aside. Often a quote, a bracket or an = sign is missing near there.</source>
            <translation>Container Studio no ha podido leer como TOML la línea {line}, columna {column} de este archivo, así que este paquete se ha dejado aparte. A menudo falta una comilla, un corchete o un signo = por ahí cerca.</translation>
        </message>
        <message>
            <source>This file nests lists or tables too deeply to read, so this pack was set aside. A pack needs only [[step]] tables and short lists.</source>
            <translation>Este archivo anida listas o tablas a demasiada profundidad para leerlas, así que este paquete se ha dejado aparte. Un paquete solo necesita tablas [[step]] y listas cortas.</translation>
        </message>
        <message>
            <source>This file holds a value that cannot be read as a number (it may be very long), so this pack was set aside. Numbers in a pack are short, like minutes = 5.</source>
            <translation>Este archivo tiene un valor que no se puede leer como número (quizá es muy largo), así que este paquete se ha dejado aparte. Los números de un paquete son cortos, como minutes = 5.</translation>
        </message>
        <message>
            <source>A pack with the id “{id}” in the language “{language}” was already loaded from {first}, so this copy was set aside. You might give this one its own id if you would like both.</source>
            <translation>Ya se cargó un paquete con el id «{id}» en el idioma «{language}» desde {first}, así que esta copia se ha dejado aparte. Puedes darle a esta su propio id si quieres tener las dos.</translation>
        </message>
        <message>
            <source>Line {line} of this file has a key or table name with more than {limit} parts joined by dots, so this pack was set aside. A pack needs only [[step]] tables and plain names like title or text.</source>
            <translation>La línea {line} de este archivo tiene una clave o un nombre de tabla con más de {limit} partes unidas por puntos, así que este paquete se ha dejado aparte. Un paquete solo necesita tablas [[step]] y nombres sencillos como title o text.</translation>
        </message>
        <message>
            <source>Line {line} of this file puts lists or tables more than {limit} deep inside one another, so this pack was set aside. A pack needs only [[step]] tables and short lists.</source>
            <translation>La línea {line} de este archivo pone listas o tablas a más de {limit} niveles unas dentro de otras, así que este paquete se ha dejado aparte. Un paquete solo necesita tablas [[step]] y listas cortas.</translation>
        </message>
        <message>
            <source>Line {line} of this file holds a value {length} characters long without quotes, longer than any number a pack uses, so this pack was set aside. Numbers here are short, like minutes = 5; text goes in quotes.</source>
            <translation>La línea {line} de este archivo tiene un valor de {length} caracteres sin comillas, más largo que cualquier número que use un paquete, así que este paquete se ha dejado aparte. Aquí los números son cortos, como minutes = 5; el texto va entre comillas.</translation>
        </message>
        <message>
            <source>This file holds far more separate entries than a pack needs (over {limit} names, values and lines by line {line}), so this pack was set aside.</source>
            <translation>Este archivo tiene muchas más entradas separadas de las que necesita un paquete (más de {limit} nombres, valores y líneas hasta la línea {line}), así que este paquete se ha dejado aparte.</translation>
        </message>
        <message>
            <source>This pack has more than the {limit} steps a pack can hold (step {next} starts on line {line}), so this pack was set aside.</source>
            <translation>Este paquete tiene más de los {limit} pasos que puede tener un paquete (el paso {next} empieza en la línea {line}), así que este paquete se ha dejado aparte.</translation>
        </message>
        <message>
            <source>This pack was written for a newer version of Container Studio (schema_version {version}), so it was set aside for now.</source>
            <translation>Este paquete se escribió para una versión más nueva de Container Studio (schema_version {version}), así que por ahora se ha dejado aparte.</translation>
        </message>
        <message>
            <source>This pack's language “{value}” does not look like a language code such as “en”, “de” or “pt-BR”, so this pack was set aside.</source>
            <translation>El idioma de este paquete, «{value}», no parece un código de idioma como «en», «de» o «pt-BR», así que este paquete se ha dejado aparte.</translation>
        </message>
        <message>
            <source>{subject} has a field “{field}” that Container Studio does not know (perhaps a typo?), so this pack was set aside.</source>
            <translation>{subject} tiene un campo «{field}» que Container Studio no conoce (¿quizá una errata?), así que este paquete se ha dejado aparte.</translation>
        </message>
        <message>
            <source>{subject} has no {label} yet, so this pack was set aside.</source>
            <translation>{subject} todavía no tiene {label}, así que este paquete se ha dejado aparte.</translation>
        </message>
        <message>
            <source>{subject} has “{field}” written as {described}; Container Studio reads it as text in quotes, like "A few words", so this pack was set aside.</source>
            <translation>{subject} tiene «{field}» escrito como {described}; Container Studio lo lee como texto entre comillas, como "Unas palabras", así que este paquete se ha dejado aparte.</translation>
        </message>
        <message>
            <source>{subject} has “{field}” written as {described}; Container Studio reads it as a number without quotes, like {key} = 3, so this pack was set aside.</source>
            <translation>{subject} tiene «{field}» escrito como {described}; Container Studio lo lee como un número sin comillas, como {key} = 3, así que este paquete se ha dejado aparte.</translation>
        </message>
        <message>
            <source>{subject} has “{field}” written as {described}; Container Studio reads it as a whole number without quotes, like {key} = 3, so this pack was set aside.</source>
            <translation>{subject} tiene «{field}» escrito como {described}; Container Studio lo lee como un número entero sin comillas, como {key} = 3, así que este paquete se ha dejado aparte.</translation>
        </message>
        <message>
            <source>{subject} has “{field}” written as {described}; Container Studio reads it as one of: {allowed}, so this pack was set aside.</source>
            <translation>{subject} tiene «{field}» escrito como {described}; Container Studio lo lee como uno de estos: {allowed}, así que este paquete se ha dejado aparte.</translation>
        </message>
        <message>
            <source>{subject} has “{field}” written as {described}; Container Studio reads it as a list of texts, like {field} = ["one", "two"], so this pack was set aside.</source>
            <translation>{subject} tiene «{field}» escrito como {described}; Container Studio lo lee como una lista de textos, como {field} = ["uno", "dos"], así que este paquete se ha dejado aparte.</translation>
        </message>
        <message>
            <source>The {label} of {subject_in} is {length} characters long, more than the {limit} it can hold, so this pack was set aside. A shorter text will fit.</source>
            <translation>{label} de {subject_in} tiene {length} caracteres, más de los {limit} que admite, así que este paquete se ha dejado aparte. Un texto más corto cabrá.</translation>
        </message>
        <message>
            <source>{subject} has {field} = {value}; Container Studio reads values from {low} up to {high} here, so this pack was set aside.</source>
            <translation>{subject} tiene {field} = {value}; Container Studio lee aquí valores desde {low} hasta {high}, así que este paquete se ha dejado aparte.</translation>
        </message>
        <message>
            <source>{subject} has {field} = {value}; Container Studio reads values above {low} up to {high} here, so this pack was set aside.</source>
            <translation>{subject} tiene {field} = {value}; Container Studio lee aquí valores por encima de {low} hasta {high}, así que este paquete se ha dejado aparte.</translation>
        </message>
        <message>
            <source>{subject} has the {field} “{value}”, which Container Studio does not know, so this pack was set aside. The values it knows for {field} are: {allowed}.</source>
            <translation>{subject} tiene {field} «{value}», que Container Studio no conoce, así que este paquete se ha dejado aparte. Los valores que conoce para {field} son: {allowed}.</translation>
        </message>
        <message>
            <source>{subject} offers “{value}” in {field}, which Container Studio does not know, so this pack was set aside. The {field} it knows are: {allowed}.</source>
            <translation>{subject} ofrece «{value}» en {field}, que Container Studio no conoce, así que este paquete se ha dejado aparte. Los valores de {field} que conoce son: {allowed}.</translation>
        </message>
        <message>
            <source>{subject} has {count} entries in “{field}”, more than the {limit} it can hold, so this pack was set aside.</source>
            <translation>{subject} tiene {count} entradas en «{field}», más de las {limit} que admite, así que este paquete se ha dejado aparte.</translation>
        </message>
        <message>
            <source>Entry {number} of “{field}” in {subject_in} is longer than {limit} characters, so this pack was set aside.</source>
            <translation>La entrada {number} de «{field}» en {subject_in} tiene más de {limit} caracteres, así que este paquete se ha dejado aparte.</translation>
        </message>
        <message>
            <source>{subject} has the id “{value}”; ids use lowercase letters, digits and dashes, like “lid-and-key”, so this pack was set aside.</source>
            <translation>{subject} tiene el id «{value}»; los ids usan minúsculas, dígitos y guiones, como «lid-and-key», así que este paquete se ha dejado aparte.</translation>
        </message>
        <message>
            <source>This pack has a single [step] table; steps are written as [[step]] tables, with double brackets, so this pack was set aside.</source>
            <translation>Este paquete tiene una sola tabla [step]; los pasos se escriben como tablas [[step]], con corchetes dobles, así que este paquete se ha dejado aparte.</translation>
        </message>
        <message>
            <source>This pack has “step” written as {described}; steps are written as [[step]] tables, so this pack was set aside.</source>
            <translation>Este paquete tiene «step» escrito como {described}; los pasos se escriben como tablas [[step]], así que este paquete se ha dejado aparte.</translation>
        </message>
        <message>
            <source>This pack has no steps yet (no [[step]] tables), so this pack was set aside.</source>
            <translation>Este paquete todavía no tiene pasos (ninguna tabla [[step]]), así que este paquete se ha dejado aparte.</translation>
        </message>
        <message>
            <source>This pack has {count} steps, more than the {limit} a pack can hold, so this pack was set aside.</source>
            <translation>Este paquete tiene {count} pasos, más de los {limit} que puede tener un paquete, así que este paquete se ha dejado aparte.</translation>
        </message>
        <message>
            <source>{subject} is not a [[step]] table, so this pack was set aside.</source>
            <translation>{subject} no es una tabla [[step]], así que este paquete se ha dejado aparte.</translation>
        </message>
        <message>
            <source>Two steps share the id “{value}” (the second is step {number}); each step needs its own id, so this pack was set aside.</source>
            <translation>Dos pasos comparten el id «{value}» (el segundo es el paso {number}); cada paso necesita su propio id, así que este paquete se ha dejado aparte.</translation>
        </message>
        <message>
            <source>{subject} has “{field}”, which only applies to breathing exercises, so this pack was set aside.</source>
            <translation>{subject} tiene «{field}», que solo se aplica a los ejercicios de respiración, así que este paquete se ha dejado aparte.</translation>
        </message>
        <message>
            <source>{subject} has “{field}”, which only applies to the senses exercise, so this pack was set aside.</source>
            <translation>{subject} tiene «{field}», que solo se aplica al ejercicio de los sentidos, así que este paquete se ha dejado aparte.</translation>
        </message>
        <message>
            <source>{subject} has “{field}”, which only applies to a rating, so this pack was set aside.</source>
            <translation>{subject} tiene «{field}», que solo se aplica a una valoración, así que este paquete se ha dejado aparte.</translation>
        </message>
        <message>
            <source>{subject} has “{field}”, which only applies to grounding steps, so this pack was set aside.</source>
            <translation>{subject} tiene «{field}», que solo se aplica a los pasos para anclarse, así que este paquete se ha dejado aparte.</translation>
        </message>
        <message>
            <source>{subject} has “senses” written in a form Container Studio does not read; it is a list of [[step.senses]] tables, so this pack was set aside.</source>
            <translation>{subject} tiene «senses» escrito de una forma que Container Studio no lee; es una lista de tablas [[step.senses]], así que este paquete se ha dejado aparte.</translation>
        </message>
        <message>
            <source>{subject} has more than {limit} senses, so this pack was set aside.</source>
            <translation>{subject} tiene más de {limit} sentidos, así que este paquete se ha dejado aparte.</translation>
        </message>
    </context>
    <context>
        <name>Profiles</name>
        <message>
            <source>&amp;Profiles…</source>
            <translation>Per&amp;files…</translation>
        </message>
    </context>
    <context>
        <name>ProfilesDialog</name>
        <message>
            <source>Profiles</source>
            <translation>Perfiles</translation>
        </message>
        <message>
            <source>Each profile keeps its own containers, its own passcode and its own defaults. Only the profile in use is open; switching keeps your work, then locks and closes this one.</source>
            <translation>Cada perfil guarda sus propios contenedores, su propio código y sus propios ajustes. Solo está abierto el perfil en uso; al cambiar, tu trabajo se guarda y después este perfil se bloquea y se cierra.</translation>
        </message>
        <message>
            <source>A name for a new profile</source>
            <translation>Un nombre para un perfil nuevo</translation>
        </message>
        <message>
            <source>New profile's name</source>
            <translation>Nombre del perfil nuevo</translation>
        </message>
        <message>
            <source>&amp;Add profile</source>
            <translation>&amp;Añadir perfil</translation>
        </message>
        <message>
            <source>Add profile</source>
            <translation>Añadir perfil</translation>
        </message>
        <message>
            <source>Profiles note</source>
            <translation>Nota sobre los perfiles</translation>
        </message>
        <message>
            <source>&amp;Switch to this profile</source>
            <translation>&amp;Cambiar a este perfil</translation>
        </message>
        <message>
            <source>Switch to this profile</source>
            <translation>Cambiar a este perfil</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Default profile</source>
            <translation>Perfil principal</translation>
        </message>
        <message>
            <source>Unnamed profile</source>
            <translation>Perfil sin nombre</translation>
        </message>
        <message>
            <source>%s (in use)</source>
            <translation>%s (en uso)</translation>
        </message>
        <message>
            <source>The new profile could not be made just now; nothing changed.</source>
            <translation>Ahora mismo no se ha podido crear el perfil nuevo; no ha cambiado nada.</translation>
        </message>
        <message>
            <source>The new profile is ready. You may switch to it when you're ready.</source>
            <translation>El perfil nuevo está listo. Puedes cambiar a él cuando quieras.</translation>
        </message>
    </context>
    <context>
        <name>RatingWidget</name>
        <message>
            <source>Optional check-in from 0 to 10</source>
            <translation>Cómo estás, opcional, del 0 al 10</translation>
        </message>
        <message>
            <source>Check-in %d</source>
            <translation>Cómo estás: %d</translation>
        </message>
        <message>
            <source>No number, thanks</source>
            <translation>Sin número, gracias</translation>
        </message>
        <message>
            <source>Leave the check-in without a number</source>
            <translation>Dejar cómo estás sin número</translation>
        </message>
        <message>
            <source>0: calm</source>
            <translation>0: en calma</translation>
        </message>
        <message>
            <source>10: a lot</source>
            <translation>10: mucho</translation>
        </message>
    </context>
    <context>
        <name>ReadAloud</name>
        <message>
            <source>&amp;Read this step aloud</source>
            <translation>&amp;Leer este paso en voz alta</translation>
        </message>
        <message>
            <source>Hear the guide's words for this step (again to stop)</source>
            <translation>Escucha las palabras de la guía para este paso (otra vez para parar)</translation>
        </message>
        <message>
            <source>Read aloud</source>
            <translation>Leer en voz alta</translation>
        </message>
        <message>
            <source>This computer has no speech engine Container Studio can use.</source>
            <translation>Este ordenador no tiene un motor de voz que Container Studio pueda usar.</translation>
        </message>
        <message>
            <source>If you would like the steps read aloud, you may install one, for example speech-dispatcher or eSpeak NG, and choose this again. Nothing else changes.</source>
            <translation>Si quieres que los pasos se lean en voz alta, puedes instalar uno, por ejemplo speech-dispatcher o eSpeak NG, y volver a elegir esto. Nada más cambia.</translation>
        </message>
    </context>
    <context>
        <name>ReadOnlyCanvas</name>
        <message>
            <source>Version: %s</source>
            <translation>Versión: %s</translation>
        </message>
        <message>
            <source>A look at a kept version; nothing changes.</source>
            <translation>Un vistazo a una versión guardada; no cambia nada.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <source>Your recovery key</source>
            <translation>Tu clave de recuperación</translation>
        </message>
        <message>
            <source>These twelve words open your library if the passcode is ever forgotten. They are shown only now. You may write them down or print this page and keep it somewhere safe, apart from the computer.</source>
            <translation>Estas doce palabras abren tu biblioteca si alguna vez se olvida el código. Solo se muestran ahora. Puedes apuntarlas o imprimir esta página y guardarla en un lugar seguro, lejos del ordenador.</translation>
        </message>
        <message>
            <source>Recovery key words</source>
            <translation>Palabras de la clave de recuperación</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Clave de recuperación</translation>
        </message>
        <message>
            <source>These twelve words open your Container Studio library if its passcode is ever forgotten: on the lock screen (Use the recovery key), or in place of the current passcode to set a new one. Whoever holds this page can open the library, so you may keep it somewhere safe, apart from the computer.</source>
            <translation>Estas doce palabras abren tu biblioteca de Container Studio si alguna vez olvidas su código: en la pantalla de bloqueo (Usar la clave de recuperación) o en lugar del código actual para poner uno nuevo. Quien tenga esta página puede abrir la biblioteca, así que puedes guardarla en un lugar seguro, lejos del ordenador.</translation>
        </message>
    </context>
    <context>
        <name>ReplayDialog</name>
        <message>
            <source>How it grew: %s</source>
            <translation>Cómo fue creciendo: %s</translation>
        </message>
        <message>
            <source>Replay canvas</source>
            <translation>Lienzo de la reproducción</translation>
        </message>
        <message>
            <source>Replay position</source>
            <translation>Posición de la reproducción</translation>
        </message>
        <message>
            <source>From the start</source>
            <translation>Desde el principio</translation>
        </message>
        <message>
            <source>Step back</source>
            <translation>Paso atrás</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Reproducir</translation>
        </message>
        <message>
            <source>Step forward</source>
            <translation>Paso adelante</translation>
        </message>
        <message>
            <source>Replay speed (steps per second)</source>
            <translation>Velocidad de reproducción (pasos por segundo)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>Velocidad</translation>
        </message>
        <message>
            <source>%d of %d</source>
            <translation>%d de %d</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausa</translation>
        </message>
    </context>
    <context>
        <name>RestoreBackupDialog</name>
        <message>
            <source>A calm sign</source>
            <translation>Un aviso tranquilo</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Aceptar</translation>
        </message>
    </context>
    <context>
        <name>SafetyCardDialog</name>
        <message>
            <source>My safety card</source>
            <translation>Mi tarjeta de seguridad</translation>
        </message>
        <message>
            <source>This card is yours. It stays on this computer and is never exported. You might fill it in on your own or with your therapist, and change it whenever you like.</source>
            <translation>Esta tarjeta es tuya. Se queda en este ordenador y nunca se exporta. Puedes rellenarla a solas o con tu terapeuta, y cambiarla cuando quieras.</translation>
        </message>
        <message>
            <source>People I can reach out to</source>
            <translation>Personas a las que puedo acudir</translation>
        </message>
        <message>
            <source>Someone you could call or message</source>
            <translation>Alguien a quien podrías llamar o escribir</translation>
        </message>
        <message>
            <source>Person %d: name</source>
            <translation>Persona %d: nombre</translation>
        </message>
        <message>
            <source>How you might reach them</source>
            <translation>Cómo podrías contactar con ella</translation>
        </message>
        <message>
            <source>Person %d: how to reach them</source>
            <translation>Persona %d: cómo contactar con ella</translation>
        </message>
        <message>
            <source>You might add a crisis line for where you live</source>
            <translation>Puedes añadir una línea de crisis de donde vives</translation>
        </message>
        <message>
            <source>A crisis line of your choosing</source>
            <translation>Una línea de crisis que tú elijas</translation>
        </message>
        <message>
            <source>A crisis line:</source>
            <translation>Una línea de crisis:</translation>
        </message>
        <message>
            <source>What helps when something leaks out of the container</source>
            <translation>Lo que ayuda cuando algo se sale del contenedor</translation>
        </message>
        <message>
            <source>Something that has helped before, perhaps: a place, a song, cold water, Ground me, a few words for yourself</source>
            <translation>Algo que te haya ayudado antes, quizá: un lugar, una canción, agua fría, Anclarme, unas palabras para ti</translation>
        </message>
        <message>
            <source>Comfort reminders</source>
            <translation>Recordatorios que reconfortan</translation>
        </message>
        <message>
            <source>A few words that comfort you</source>
            <translation>Unas palabras que te reconforten</translation>
        </message>
        <message>
            <source>Comfort reminder %d</source>
            <translation>Recordatorio %d</translation>
        </message>
        <message>
            <source>Comfort photo</source>
            <translation>Foto que reconforta</translation>
        </message>
        <message>
            <source>Add a photo…</source>
            <translation>Añadir una foto…</translation>
        </message>
        <message>
            <source>Add a comfort photo</source>
            <translation>Añadir una foto que reconforta</translation>
        </message>
        <message>
            <source>Take the photo off</source>
            <translation>Quitar la foto</translation>
        </message>
        <message>
            <source>Take the comfort photo off the card</source>
            <translation>Quitar de la tarjeta la foto que reconforta</translation>
        </message>
        <message>
            <source>Whether the card is kept</source>
            <translation>Si la tarjeta está guardada</translation>
        </message>
        <message>
            <source>Keep and close</source>
            <translation>Guardar y cerrar</translation>
        </message>
        <message>
            <source>Keep the card and close it</source>
            <translation>Guardar la tarjeta y cerrarla</translation>
        </message>
        <message>
            <source>Your card could not be read just now.</source>
            <translation>Tu tarjeta no se ha podido leer ahora mismo.</translation>
        </message>
        <message>
            <source>Not kept yet: %s What you wrote stays here and is kept when it can be.</source>
            <translation>Todavía sin guardar: %s Lo que escribiste se queda aquí y se guarda en cuanto se pueda.</translation>
        </message>
        <message>
            <source>Kept on this computer.</source>
            <translation>Guardada en este ordenador.</translation>
        </message>
        <message>
            <source>Choose a comfort photo</source>
            <translation>Elige una foto que te reconforte</translation>
        </message>
        <message>
            <source>Pictures (%s)</source>
            <translation>Imágenes (%s)</translation>
        </message>
        <message>
            <source>That picture could not come onto the card. You might choose another one.</source>
            <translation>Esa imagen no ha podido entrar en la tarjeta. Puedes elegir otra.</translation>
        </message>
        <message>
            <source>A photo, if you like</source>
            <translation>Una foto, si quieres</translation>
        </message>
    </context>
    <context>
        <name>SafetyControls</name>
        <message>
            <source>Ground me</source>
            <translation>Anclarme</translation>
        </message>
        <message>
            <source>Short exercises to come back to the here and now</source>
            <translation>Ejercicios breves para volver al aquí y ahora</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausa</translation>
        </message>
        <message>
            <source>Pause everything; your work waits</source>
            <translation>Pausar todo; tu trabajo espera</translation>
        </message>
        <message>
            <source>Hide now</source>
            <translation>Ocultar ya</translation>
        </message>
        <message>
            <source>Cover every window with a plain page at once</source>
            <translation>Cubrir todas las ventanas con una página en blanco al instante</translation>
        </message>
        <message>
            <source>Close safely</source>
            <translation>Cerrar con calma</translation>
        </message>
        <message>
            <source>Save, close the lid, and take a moment to return</source>
            <translation>Guardar, cerrar la tapa y tomarte un momento para volver</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>Keep your work and close</source>
            <translation>Guardar tu trabajo y cerrar</translation>
        </message>
        <message>
            <source>Reduce motion</source>
            <translation>Reducir movimiento</translation>
        </message>
        <message>
            <source>Keep the breathing guide still; only its words change</source>
            <translation>Mantener quieta la guía de respiración; solo cambian sus palabras</translation>
        </message>
        <message>
            <source>Open the lid…</source>
            <translation>Abrir la tapa…</translation>
        </message>
        <message>
            <source>Title of the plain page…</source>
            <translation>Título de la página en blanco…</translation>
        </message>
        <message>
            <source>The neutral title Hide now shows (“Notes” unless you choose another)</source>
            <translation>El título neutro que muestra Ocultar ya («Notas» salvo que elijas otro)</translation>
        </message>
        <message>
            <source>My safety card</source>
            <translation>Mi tarjeta de seguridad</translation>
        </message>
        <message>
            <source>Who you can reach, and what helps</source>
            <translation>A quién puedes acudir y qué te ayuda</translation>
        </message>
        <message>
            <source>Always here</source>
            <translation>Siempre aquí</translation>
        </message>
        <message>
            <source>Always-there controls</source>
            <translation>Controles siempre a mano</translation>
        </message>
        <message>
            <source>&amp;Session</source>
            <translation>&amp;Sesión</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pausa</translation>
        </message>
        <message>
            <source>Title of the plain page</source>
            <translation>Título de la página en blanco</translation>
        </message>
        <message>
            <source>While hidden, the window is called:</source>
            <translation>Mientras está oculta, la ventana se llama:</translation>
        </message>
        <message>
            <source>Keep this title</source>
            <translation>Conservar este título</translation>
        </message>
        <message>
            <source>Your container is closed</source>
            <translation>Tu contenedor está cerrado</translation>
        </message>
        <message>
            <source>Your container is closed and kept, just as you left it.

Before you go, you might notice your feet on the floor, name three things you can see, and take one slow breath.</source>
            <translation>Tu contenedor está cerrado y guardado, tal como lo dejaste.

Antes de irte, puedes notar los pies en el suelo, nombrar tres cosas que puedas ver y respirar despacio una vez.</translation>
        </message>
        <message>
            <source>Your work is kept</source>
            <translation>Tu trabajo está guardado</translation>
        </message>
        <message>
            <source>Everything is kept, just as you left it, and the next start brings you back to this step.

Before you go, you might notice your feet on the floor, name three things you can see, and take one slow breath.</source>
            <translation>Todo está guardado, tal como lo dejaste, y la próxima vez que abras volverás a este paso.

Antes de irte, puedes notar los pies en el suelo, nombrar tres cosas que puedas ver y respirar despacio una vez.</translation>
        </message>
        <message>
            <source>Ground me first</source>
            <translation>Anclarme primero</translation>
        </message>
        <message>
            <source>Close Container Studio</source>
            <translation>Cerrar Container Studio</translation>
        </message>
        <message>
            <source>Stay a little longer</source>
            <translation>Quedarme un poco más</translation>
        </message>
        <message>
            <source>Open the lid?</source>
            <translation>¿Abrir la tapa?</translation>
        </message>
        <message>
            <source>Opening your container is your choice, and it may be kinder to do it in session with your therapist. Would you like to open it now?</source>
            <translation>Abrir tu contenedor es decisión tuya, y quizá sea más amable hacerlo en sesión con tu terapeuta. ¿Te gustaría abrirlo ahora?</translation>
        </message>
        <message>
            <source>Open the lid</source>
            <translation>Abrir la tapa</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Ahora no</translation>
        </message>
    </context>
    <context>
        <name>SafetyStripWidget</name>
        <message>
            <source>Always-there controls</source>
            <translation>Controles siempre a mano</translation>
        </message>
    </context>
    <context>
        <name>SaveVersionDialog</name>
        <message>
            <source>Save a version</source>
            <translation>Guardar una versión</translation>
        </message>
        <message>
            <source>Your work is always kept. A version marks a moment you may want to come back to. A name and a note are optional.</source>
            <translation>Tu trabajo siempre se guarda. Una versión marca un momento al que quizá quieras volver. Un nombre y una nota son opcionales.</translation>
        </message>
        <message>
            <source>Version name (optional)</source>
            <translation>Nombre de la versión (opcional)</translation>
        </message>
        <message>
            <source>for example: Lid closed</source>
            <translation>por ejemplo: Tapa cerrada</translation>
        </message>
        <message>
            <source>Note (optional)</source>
            <translation>Nota (opcional)</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <source>N&amp;ote</source>
            <translation>N&amp;ota</translation>
        </message>
        <message>
            <source>Keep this version</source>
            <translation>Guardar esta versión</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Ahora no</translation>
        </message>
    </context>
    <context>
        <name>SealedSlipsNote</name>
        <message>
            <source>Slips inside the closed container</source>
            <translation>Papelitos dentro del contenedor cerrado</translation>
        </message>
        <message>
            <source>Nothing is inside, and the lid is closed.</source>
            <translation>No hay nada dentro y la tapa está cerrada.</translation>
        </message>
        <message numerus="yes">
            <source>%n slip(s) inside, with the lid closed.</source>
            <translation>
                <numerusform>Hay %n papelito dentro, con la tapa cerrada.</numerusform>
                <numerusform>Hay %n papelitos dentro, con la tapa cerrada.</numerusform>
            </translation>
        </message>
        <message>
            <source>When you choose, you may open it from Session → Open the lid… (perhaps with your therapist).</source>
            <translation>Cuando tú lo decidas, puedes abrirlo desde Sesión → Abrir la tapa… (quizá con tu terapeuta).</translation>
        </message>
        <message>
            <source>They stay inside while the lid is closed.</source>
            <translation>Se quedan dentro mientras la tapa está cerrada.</translation>
        </message>
    </context>
    <context>
        <name>SendToTherapistDialog</name>
        <message>
            <source>Send to my therapist</source>
            <translation>Enviar a mi terapeuta</translation>
        </message>
        <message>
            <source>This makes one file holding this container (its versions and photos, and its slips if you like), sealed so that only your therapist's Container Studio can open it. You may carry it on a USB stick or send it by email; nobody else can read it on the way.</source>
            <translation>Esto crea un solo archivo con este contenedor (sus versiones y fotos, y sus papelitos si quieres), sellado para que solo el Container Studio de tu terapeuta pueda abrirlo. Puedes llevarlo en una memoria USB o enviarlo por correo electrónico; nadie más puede leerlo por el camino.</translation>
        </message>
        <message>
            <source>Reading your therapist's card…</source>
            <translation>Leyendo la tarjeta de tu terapeuta…</translation>
        </message>
        <message>
            <source>Your therapist's fingerprint words</source>
            <translation>Las palabras de huella de tu terapeuta</translation>
        </message>
        <message>
            <source>Import your therapist's card…</source>
            <translation>Importar la tarjeta de tu terapeuta…</translation>
        </message>
        <message>
            <source>Import your therapist's card</source>
            <translation>Importar la tarjeta de tu terapeuta</translation>
        </message>
        <message>
            <source>Include the slips</source>
            <translation>Incluir los papelitos</translation>
        </message>
        <message>
            <source>Seal and save…</source>
            <translation>Sellar y guardar…</translation>
        </message>
        <message>
            <source>Seal and save</source>
            <translation>Sellar y guardar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>No therapist card is here yet. When you're ready, you may import the card file your therapist gave you.</source>
            <translation>Todavía no hay ninguna tarjeta de terapeuta aquí. Cuando quieras, puedes importar el archivo de tarjeta que te dio tu terapeuta.</translation>
        </message>
        <message>
            <source>Your therapist's fingerprint words: %s
You may compare them with the words on their card; when they are the same, the file is for them.</source>
            <translation>Las palabras de huella de tu terapeuta: %s
Puedes compararlas con las palabras de su tarjeta; cuando coinciden, el archivo es para tu terapeuta.</translation>
        </message>
        <message>
            <source>The card cannot be read just now.</source>
            <translation>La tarjeta no se puede leer ahora mismo.</translation>
        </message>
        <message>
            <source>Your therapist's card</source>
            <translation>La tarjeta de tu terapeuta</translation>
        </message>
        <message>
            <source>That card cannot be read just now.</source>
            <translation>Esa tarjeta no se puede leer ahora mismo.</translation>
        </message>
        <message>
            <source>Save the sealed file</source>
            <translation>Guardar el archivo sellado</translation>
        </message>
        <message>
            <source>Sealed files (*.cssealed)</source>
            <translation>Archivos sellados (*.cssealed)</translation>
        </message>
        <message>
            <source>Sealing…</source>
            <translation>Sellando…</translation>
        </message>
        <message>
            <source>Sealed and saved as %s. Only your therapist's library can open it.</source>
            <translation>Sellado y guardado como %s. Solo la biblioteca de tu terapeuta puede abrirlo.</translation>
        </message>
        <message>
            <source>The sealed file could not be made this time; nothing was saved.</source>
            <translation>Esta vez no se ha podido hacer el archivo sellado; no se ha guardado nada.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <source>Each choice applies at once and is kept for next time.</source>
            <translation>Cada opción se aplica al momento y se guarda para la próxima vez.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Calm light</source>
            <translation>Claro y sereno</translation>
        </message>
        <message>
            <source>Calm dark</source>
            <translation>Oscuro y sereno</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Alto contraste</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Tema</translation>
        </message>
        <message>
            <source>Text size in percent</source>
            <translation>Tamaño del texto en porcentaje</translation>
        </message>
        <message>
            <source>Te&amp;xt size</source>
            <translation>Tamaño del te&amp;xto</translation>
        </message>
        <message>
            <source>Size of everything in percent</source>
            <translation>Tamaño de todo, en porcentaje</translation>
        </message>
        <message>
            <source>Icons, spacing and text together, from the next start</source>
            <translation>Iconos, espacios y texto a la vez, desde el próximo inicio</translation>
        </message>
        <message>
            <source>Si&amp;ze of everything</source>
            <translation>Tama&amp;ño de todo</translation>
        </message>
        <message>
            <source>The next start shows everything at this size; this window stays as it is.</source>
            <translation>El próximo inicio lo muestra todo a este tamaño; esta ventana se queda como está.</translation>
        </message>
        <message>
            <source>Lar&amp;ge buttons and targets</source>
            <translation>Botones y zonas &amp;grandes</translation>
        </message>
        <message>
            <source>Every button at least 44 × 44 pixels, easier to reach</source>
            <translation>Cada botón mide al menos 44 × 44 píxeles, más fácil de alcanzar</translation>
        </message>
        <message>
            <source>Reduce &amp;motion</source>
            <translation>Reducir el &amp;movimiento</translation>
        </message>
        <message>
            <source>Page size for exports</source>
            <translation>Tamaño de página para exportar</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Carta</translation>
        </message>
        <message>
            <source>&amp;Page size</source>
            <translation>Tamaño de &amp;página</translation>
        </message>
        <message>
            <source>Session length offered first, in minutes</source>
            <translation>Duración de la sesión que se propone primero, en minutos</translation>
        </message>
        <message>
            <source>no set length</source>
            <translation>sin duración fija</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>&amp;Session length</source>
            <translation>Duración de la &amp;sesión</translation>
        </message>
        <message>
            <source>Title of the plain page</source>
            <translation>Título de la página en blanco</translation>
        </message>
        <message>
            <source>The neutral title Hide now shows</source>
            <translation>El título neutro que muestra Ocultar ya</translation>
        </message>
        <message>
            <source>Plain page &amp;title</source>
            <translation>Tít&amp;ulo de la página en blanco</translation>
        </message>
        <message>
            <source>Where your data is kept</source>
            <translation>Dónde se guardan tus datos</translation>
        </message>
        <message>
            <source>&amp;Open folder</source>
            <translation>&amp;Abrir la carpeta</translation>
        </message>
        <message>
            <source>Open the data folder</source>
            <translation>Abrir la carpeta de datos</translation>
        </message>
        <message>
            <source>&amp;Data folder</source>
            <translation>&amp;Carpeta de datos</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Close Settings</source>
            <translation>Cerrar Ajustes</translation>
        </message>
        <message>
            <source>Windows open now keep their words; the next start shows the new language.</source>
            <translation>Las ventanas ya abiertas conservan sus palabras; la próxima vez que abras la aplicación verás el idioma nuevo.</translation>
        </message>
        <message>
            <source>No file manager answered; you may copy the folder's path from above.</source>
            <translation>Ningún gestor de archivos ha respondido; puedes copiar la ruta de la carpeta desde arriba.</translation>
        </message>
    </context>
    <context>
        <name>SettingsFeature</name>
        <message>
            <source>&amp;Settings…</source>
            <translation>Aj&amp;ustes…</translation>
        </message>
        <message>
            <source>Language, theme, text size, large targets and more</source>
            <translation>Idioma, tema, tamaño del texto, zonas grandes y más</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>%s or %s</source>
            <translation>%s o %s</translation>
        </message>
        <message>
            <source>Tools and panels</source>
            <translation>Herramientas y paneles</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Every action and its keys</source>
            <translation>Cada acción y sus teclas</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Close the list of shortcuts</source>
            <translation>Cerrar la lista de atajos</translation>
        </message>
    </context>
    <context>
        <name>ShowLabels</name>
        <message>
            <source>Show &amp;labels</source>
            <translation>Mostrar &amp;etiquetas</translation>
        </message>
        <message>
            <source>Words under the icons of the tool bars</source>
            <translation>Palabras bajo los iconos de las barras de herramientas</translation>
        </message>
    </context>
    <context>
        <name>SlipSketch</name>
        <message>
            <source>Small drawing for a slip</source>
            <translation>Pequeño dibujo para un papelito</translation>
        </message>
    </context>
    <context>
        <name>SlipsWidget</name>
        <message>
            <source>A word or two (or leave it blank)</source>
            <translation>Una o dos palabras (o déjalo en blanco)</translation>
        </message>
        <message>
            <source>Words for a new slip</source>
            <translation>Palabras para un papelito nuevo</translation>
        </message>
        <message>
            <source>Fold it, so the screen hides it</source>
            <translation>Dóblalo, para que la pantalla lo oculte</translation>
        </message>
        <message>
            <source>Fold the new slip</source>
            <translation>Doblar el papelito nuevo</translation>
        </message>
        <message>
            <source>Put this slip inside</source>
            <translation>Poner este papelito dentro</translation>
        </message>
        <message>
            <source>Clear drawing</source>
            <translation>Borrar el dibujo</translation>
        </message>
        <message>
            <source>Clear the slip drawing</source>
            <translation>Borrar el dibujo del papelito</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Slips inside the container</source>
            <translation>Papelitos dentro del contenedor</translation>
        </message>
        <message>
            <source>Fold or unfold</source>
            <translation>Doblar o desdoblar</translation>
        </message>
        <message>
            <source>Fold or unfold the selected slip</source>
            <translation>Doblar o desdoblar el papelito elegido</translation>
        </message>
        <message>
            <source>Take out</source>
            <translation>Sacar</translation>
        </message>
        <message>
            <source>Take the selected slip out</source>
            <translation>Sacar el papelito elegido</translation>
        </message>
        <message>
            <source>Once the lid is closed, keep:</source>
            <translation>Cuando la tapa esté cerrada, guardar:</translation>
        </message>
        <message>
            <source>the words on the slips</source>
            <translation>las palabras de los papelitos</translation>
        </message>
        <message>
            <source>only that each slip exists</source>
            <translation>solo que cada papelito existe</translation>
        </message>
        <message>
            <source>nothing at all</source>
            <translation>nada en absoluto</translation>
        </message>
        <message>
            <source>Keep %s</source>
            <translation>Guardar %s</translation>
        </message>
        <message>
            <source>A folded slip</source>
            <translation>Un papelito doblado</translation>
        </message>
        <message>
            <source>A slip with a drawing</source>
            <translation>Un papelito con un dibujo</translation>
        </message>
        <message>
            <source>A slip</source>
            <translation>Un papelito</translation>
        </message>
        <message>
            <source>A blank slip</source>
            <translation>Un papelito en blanco</translation>
        </message>
        <message>
            <source>Nothing inside yet.</source>
            <translation>Todavía no hay nada dentro.</translation>
        </message>
        <message numerus="yes">
            <source>Inside: %n slip(s)</source>
            <translation>
                <numerusform>Dentro: %n papelito</numerusform>
                <numerusform>Dentro: %n papelitos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>Container Studio is already open with this library. You may switch to its window; everything there is kept as you work.</source>
            <translation>Container Studio ya está abierto con esta biblioteca. Puedes pasar a su ventana; todo lo de ahí se guarda mientras trabajas.</translation>
        </message>
        <message>
            <source>Container Studio closed unexpectedly last time. Your work was kept.</source>
            <translation>Container Studio se cerró de forma inesperada la última vez. Tu trabajo se guardó.</translation>
        </message>
        <message>
            <source>We kept your work from %s.</source>
            <translation>Hemos guardado tu trabajo de %s.</translation>
        </message>
        <message>
            <source>Your library needs a moment of care</source>
            <translation>Tu biblioteca necesita un momento de cuidado</translation>
        </message>
        <message>
            <source>Restore the backup</source>
            <translation>Recuperar la copia de seguridad</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Ahora no</translation>
        </message>
        <message>
            <source>An automatic backup from %s is ready. Restoring puts it in place of the library; the present file is kept beside it, renamed, and never deleted. Changes made after that backup are not in it.</source>
            <translation>Hay lista una copia de seguridad automática de %s. Al recuperarla, ocupa el lugar de la biblioteca; el archivo actual se guarda al lado, con otro nombre, y nunca se borra. Los cambios hechos después de esa copia no están en ella.</translation>
        </message>
        <message>
            <source>There is no automatic backup of it. You may move it elsewhere (a new library then starts here), or start Container Studio with another folder (--data-dir DIR).</source>
            <translation>No hay ninguna copia de seguridad automática de ella. Puedes moverla a otro sitio (entonces empieza aquí una biblioteca nueva), o iniciar Container Studio con otra carpeta (--data-dir DIR).</translation>
        </message>
        <message>
            <source>Container Studio could not open your library</source>
            <translation>Container Studio no ha podido abrir tu biblioteca</translation>
        </message>
        <message>
            <source>The backup could not be copied into “%s”; everything is as it was.</source>
            <translation>La copia de seguridad no se ha podido copiar en «%s»; todo está como estaba.</translation>
        </message>
        <message>
            <source>The backup could not be put in place</source>
            <translation>La copia de seguridad no se ha podido poner en su lugar</translation>
        </message>
        <message>
            <source>Your library was restored from a backup; the earlier file is kept as “%s”.</source>
            <translation>Tu biblioteca se ha recuperado de una copia de seguridad; el archivo anterior se guarda como «%s».</translation>
        </message>
    </context>
    <context>
        <name>StepPanel</name>
        <message>
            <source>Guided steps</source>
            <translation>Pasos guiados</translation>
        </message>
        <message>
            <source>Make your container</source>
            <translation>Haz tu contenedor</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Ejercicio</translation>
        </message>
        <message>
            <source>All steps of this exercise</source>
            <translation>Todos los pasos de este ejercicio</translation>
        </message>
        <message>
            <source>Every step is optional: you can go back, skip, pause or stop at any moment, and nothing is lost. Ground me (F1) is always one key away.</source>
            <translation>Cada paso es opcional: puedes volver atrás, omitir, hacer una pausa o parar en cualquier momento, y no se pierde nada. Anclarme (F1) está siempre a una tecla.</translation>
        </message>
        <message>
            <source>no set length</source>
            <translation>sin duración fija</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Optional session length in minutes</source>
            <translation>Duración opcional de la sesión en minutos</translation>
        </message>
        <message>
            <source>Session &amp;length:</source>
            <translation>&amp;Duración de la sesión:</translation>
        </message>
        <message>
            <source>Begin when you're ready</source>
            <translation>Empieza cuando quieras</translation>
        </message>
        <message>
            <source>Begin the exercise</source>
            <translation>Empezar el ejercicio</translation>
        </message>
        <message>
            <source>%d. %s (about %s min)</source>
            <translation>%d. %s (unos %s min)</translation>
        </message>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>%n paso</numerusform>
                <numerusform>%n pasos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>about %n minute(s)</source>
            <translation>
                <numerusform>unos %n minuto</numerusform>
                <numerusform>unos %n minutos</numerusform>
            </translation>
        </message>
        <message>
            <source>%s, %s in all.</source>
            <translation>%s, %s en total.</translation>
        </message>
        <message>
            <source>Where you are</source>
            <translation>Dónde estás</translation>
        </message>
        <message>
            <source>Go to the closing step</source>
            <translation>Ir al paso de cierre</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Omitir</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <source>Back to the previous step</source>
            <translation>Volver al paso anterior</translation>
        </message>
        <message>
            <source>Skip this step</source>
            <translation>Omitir este paso</translation>
        </message>
        <message>
            <source>Go on to the next step</source>
            <translation>Seguir al paso siguiente</translation>
        </message>
        <message>
            <source>Every step is optional: you can go back, skip, pause or stop at any moment.</source>
            <translation>Cada paso es opcional: puedes volver atrás, omitir, hacer una pausa o parar en cualquier momento.</translation>
        </message>
        <message>
            <source>Step %d of %d</source>
            <translation>Paso %d de %d</translation>
        </message>
        <message>
            <source>Step %d of %d: %s</source>
            <translation>Paso %d de %d: %s</translation>
        </message>
        <message>
            <source>Next: %s</source>
            <translation>Siguiente: %s</translation>
        </message>
        <message>
            <source>This is the last step. Finish whenever you're ready.</source>
            <translation>Este es el último paso. Termina cuando quieras.</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Terminar</translation>
        </message>
        <message>
            <source>You might use:</source>
            <translation>Puedes usar:</translation>
        </message>
        <message>
            <source>Show %s</source>
            <translation>Mostrar %s</translation>
        </message>
        <message>
            <source>Use %s</source>
            <translation>Usar %s</translation>
        </message>
        <message>
            <source>Changed by your therapist</source>
            <translation>Cambiado por tu terapeuta</translation>
        </message>
        <message>
            <source>Close the lid</source>
            <translation>Cerrar la tapa</translation>
        </message>
        <message>
            <source>Open Ground me</source>
            <translation>Abrir Anclarme</translation>
        </message>
        <message>
            <source>Your words, if you'd like (only you see them)</source>
            <translation>Tus palabras, si quieres (solo las ves tú)</translation>
        </message>
        <message>
            <source>A note for yourself, if you'd like</source>
            <translation>Una nota para ti, si quieres</translation>
        </message>
        <message>
            <source>It's nearly time to close. When you're ready, you might go to the closing step.</source>
            <translation>Ya casi es hora de cerrar. Cuando quieras, puedes ir al paso de cierre.</translation>
        </message>
        <message>
            <source>You've come to the end of this exercise.</source>
            <translation>Has llegado al final de este ejercicio.</translation>
        </message>
        <message>
            <source>Your container and everything you chose to keep are saved. You may keep drawing, begin another exercise, or close Container Studio.</source>
            <translation>Tu contenedor y todo lo que elegiste guardar están guardados. Puedes seguir dibujando, empezar otro ejercicio o cerrar Container Studio.</translation>
        </message>
        <message>
            <source>Choose an exercise</source>
            <translation>Elige un ejercicio</translation>
        </message>
        <message>
            <source>Pencil</source>
            <translation>Lápiz</translation>
        </message>
        <message>
            <source>Marker</source>
            <translation>Rotulador</translation>
        </message>
        <message>
            <source>Soft brush</source>
            <translation>Pincel suave</translation>
        </message>
        <message>
            <source>Eraser</source>
            <translation>Goma</translation>
        </message>
        <message>
            <source>Fill</source>
            <translation>Relleno</translation>
        </message>
        <message>
            <source>Shapes</source>
            <translation>Formas</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <source>Stickers</source>
            <translation>Pegatinas</translation>
        </message>
        <message>
            <source>Container shapes</source>
            <translation>Formas de contenedor</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Fotos</translation>
        </message>
    </context>
    <context>
        <name>Studio</name>
        <message>
            <source>There is no picture to paste just now.</source>
            <translation>Ahora mismo no hay ninguna imagen para pegar.</translation>
        </message>
    </context>
    <context>
        <name>Theme</name>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Tema</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Calm &amp;light</source>
            <translation>Calma &amp;clara</translation>
        </message>
        <message>
            <source>Soft light colours (the default)</source>
            <translation>Colores claros y suaves (el predeterminado)</translation>
        </message>
        <message>
            <source>Calm &amp;dark</source>
            <translation>Calma &amp;oscura</translation>
        </message>
        <message>
            <source>Soft colours on a dark background</source>
            <translation>Colores suaves sobre fondo oscuro</translation>
        </message>
        <message>
            <source>&amp;High contrast</source>
            <translation>&amp;Alto contraste</translation>
        </message>
        <message>
            <source>The strongest contrast, for easy reading</source>
            <translation>El contraste más fuerte, para leer con facilidad</translation>
        </message>
    </context>
    <context>
        <name>TherapistCardDialog</name>
        <message>
            <source>Therapist card</source>
            <translation>Tarjeta de terapeuta</translation>
        </message>
        <message>
            <source>My card, for my clients</source>
            <translation>Mi tarjeta, para mis clientes</translation>
        </message>
        <message>
            <source>If you are a therapist, you may give this card to a client at intake: what they send you with it can be opened only in this library.</source>
            <translation>Si eres terapeuta, puedes dar esta tarjeta a quien empiece contigo, en la primera sesión: lo que te envíe con ella solo se podrá abrir en esta biblioteca.</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Leyendo…</translation>
        </message>
        <message>
            <source>My fingerprint words</source>
            <translation>Mis palabras de huella</translation>
        </message>
        <message>
            <source>Save the card file…</source>
            <translation>Guardar el archivo de la tarjeta…</translation>
        </message>
        <message>
            <source>Save a printable page…</source>
            <translation>Guardar una página para imprimir…</translation>
        </message>
        <message>
            <source>My therapist's card</source>
            <translation>La tarjeta de mi terapeuta</translation>
        </message>
        <message>
            <source>My therapist's fingerprint words</source>
            <translation>Las palabras de huella de mi terapeuta</translation>
        </message>
        <message>
            <source>Import a card…</source>
            <translation>Importar una tarjeta…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>There is no card here yet; saving one makes it, once, for this library.</source>
            <translation>Todavía no hay ninguna tarjeta aquí; al guardarla se crea, una sola vez, para esta biblioteca.</translation>
        </message>
        <message>
            <source>My fingerprint words: %s</source>
            <translation>Mis palabras de huella: %s</translation>
        </message>
        <message>
            <source>No therapist card is kept here yet; you may import one when you're ready.</source>
            <translation>Todavía no se guarda aquí ninguna tarjeta de terapeuta; puedes importar una cuando quieras.</translation>
        </message>
        <message>
            <source>My therapist's fingerprint words: %s
You may compare them with the words on their card.</source>
            <translation>Las palabras de huella de mi terapeuta: %s
Puedes compararlas con las palabras de su tarjeta.</translation>
        </message>
        <message>
            <source>The cards cannot be read just now.</source>
            <translation>Las tarjetas no se pueden leer ahora mismo.</translation>
        </message>
        <message>
            <source>Save the card file</source>
            <translation>Guardar el archivo de la tarjeta</translation>
        </message>
        <message>
            <source>Save a printable page</source>
            <translation>Guardar una página para imprimir</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved as %s</source>
            <translation>Guardado como %s</translation>
        </message>
        <message>
            <source>The card is kept in this library.</source>
            <translation>La tarjeta se guarda en esta biblioteca.</translation>
        </message>
    </context>
    <context>
        <name>TherapistSetupDialog</name>
        <message>
            <source>Before you hand over</source>
            <translation>Antes de pasar el teclado</translation>
        </message>
        <message>
            <source>Choose the exercise and the session length the client will be offered. They see your choice on the opening screen and may change it; nothing else is kept.</source>
            <translation>Elige el ejercicio y la duración de la sesión que se ofrecerán a la persona. Verá tu elección en la pantalla de inicio y podrá cambiarla; no se guarda nada más.</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Ejercicio</translation>
        </message>
        <message>
            <source>&amp;Exercise</source>
            <translation>&amp;Ejercicio</translation>
        </message>
        <message>
            <source>no set length</source>
            <translation>sin duración fija</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Session length in minutes</source>
            <translation>Duración de la sesión en minutos</translation>
        </message>
        <message>
            <source>Session &amp;length</source>
            <translation>&amp;Duración de la sesión</translation>
        </message>
        <message>
            <source>&amp;Hand over</source>
            <translation>&amp;Pasar el teclado</translation>
        </message>
        <message>
            <source>Hand over</source>
            <translation>Pasar el teclado</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
    </context>
    <context>
        <name>TitleButton</name>
        <message>
            <source>Container</source>
            <translation>Contenedor</translation>
        </message>
        <message>
            <source>%s
Click to rename</source>
            <translation>%s
Haz clic para cambiar el nombre</translation>
        </message>
        <message>
            <source>Container title, click to rename</source>
            <translation>Título del contenedor; haz clic para cambiar el nombre</translation>
        </message>
    </context>
    <context>
        <name>ToolPanel</name>
        <message>
            <source>Tools</source>
            <translation>Herramientas</translation>
        </message>
        <message>
            <source>Drawing tools</source>
            <translation>Herramientas de dibujo</translation>
        </message>
        <message>
            <source>Options of the tool in hand</source>
            <translation>Opciones de la herramienta elegida</translation>
        </message>
        <message>
            <source>Colour palette</source>
            <translation>Paleta de colores</translation>
        </message>
        <message>
            <source>Brush size</source>
            <translation>Tamaño del pincel</translation>
        </message>
        <message>
            <source>Opacity</source>
            <translation>Opacidad</translation>
        </message>
        <message>
            <source>Smoothing</source>
            <translation>Suavizado</translation>
        </message>
        <message>
            <source>Filled shapes</source>
            <translation>Formas rellenas</translation>
        </message>
        <message>
            <source>Drag on a photo to use this tool.</source>
            <translation>Arrastra sobre una foto para usar esta herramienta.</translation>
        </message>
        <message>
            <source>&amp;Text size: %d</source>
            <translation>Tamaño del &amp;texto: %d</translation>
        </message>
        <message>
            <source>&amp;Size: %d</source>
            <translation>&amp;Tamaño: %d</translation>
        </message>
        <message>
            <source>O&amp;pacity: %d %%</source>
            <translation>O&amp;pacidad: %d %%</translation>
        </message>
        <message>
            <source>S&amp;moothing: %d</source>
            <translation>Su&amp;avizado: %d</translation>
        </message>
        <message>
            <source>S&amp;moothing: off</source>
            <translation>Su&amp;avizado: no</translation>
        </message>
        <message>
            <source>Pencil</source>
            <translation>Lápiz</translation>
        </message>
        <message>
            <source>Marker</source>
            <translation>Rotulador</translation>
        </message>
        <message>
            <source>Soft brush</source>
            <translation>Pincel suave</translation>
        </message>
        <message>
            <source>Eraser</source>
            <translation>Goma</translation>
        </message>
        <message>
            <source>Fill</source>
            <translation>Relleno</translation>
        </message>
        <message>
            <source>Pick colour</source>
            <translation>Tomar color</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Línea</translation>
        </message>
        <message>
            <source>Rectangle</source>
            <translation>Rectángulo</translation>
        </message>
        <message>
            <source>Ellipse</source>
            <translation>Elipse</translation>
        </message>
        <message>
            <source>Freeform shape</source>
            <translation>Forma libre</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <source>Move and turn</source>
            <translation>Mover y girar</translation>
        </message>
        <message>
            <source>Crop photo</source>
            <translation>Recortar foto</translation>
        </message>
        <message>
            <source>Cut out photo</source>
            <translation>Recortar silueta de la foto</translation>
        </message>
    </context>
    <context>
        <name>Tools</name>
        <message>
            <source>Fill</source>
            <translation>Relleno</translation>
        </message>
        <message>
            <source>Crop photo</source>
            <translation>Recortar foto</translation>
        </message>
        <message>
            <source>Cut out photo</source>
            <translation>Recortar silueta de la foto</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>Mover</translation>
        </message>
        <message>
            <source>Resize</source>
            <translation>Cambiar tamaño</translation>
        </message>
        <message>
            <source>Turn</source>
            <translation>Girar</translation>
        </message>
        <message>
            <source>Flip across</source>
            <translation>Voltear de lado a lado</translation>
        </message>
        <message>
            <source>Flip up and down</source>
            <translation>Voltear de arriba abajo</translation>
        </message>
        <message>
            <source>Bring forward</source>
            <translation>Traer adelante</translation>
        </message>
        <message>
            <source>Send back</source>
            <translation>Enviar atrás</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplicar</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Color</translation>
        </message>
        <message>
            <source>Remove words</source>
            <translation>Quitar palabras</translation>
        </message>
        <message>
            <source>Words</source>
            <translation>Palabras</translation>
        </message>
        <message>
            <source>Edit words</source>
            <translation>Editar palabras</translation>
        </message>
        <message>
            <source>Stroke</source>
            <translation>Trazo</translation>
        </message>
        <message>
            <source>Pencil stroke</source>
            <translation>Trazo de lápiz</translation>
        </message>
        <message>
            <source>Marker stroke</source>
            <translation>Trazo de rotulador</translation>
        </message>
        <message>
            <source>Brush stroke</source>
            <translation>Trazo de pincel</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Borrado</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Línea</translation>
        </message>
        <message>
            <source>Rectangle</source>
            <translation>Rectángulo</translation>
        </message>
        <message>
            <source>Ellipse</source>
            <translation>Elipse</translation>
        </message>
        <message>
            <source>Freeform shape</source>
            <translation>Forma libre</translation>
        </message>
    </context>
    <context>
        <name>VersionViewDialog</name>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Looking at version %s</source>
            <translation>Viendo la versión %s</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
    </context>
    <context>
        <name>VersionsDock</name>
        <message>
            <source>Versions</source>
            <translation>Versiones</translation>
        </message>
        <message>
            <source>Version timeline, oldest first</source>
            <translation>Línea de tiempo de versiones, la más antigua primero</translation>
        </message>
        <message>
            <source>No versions yet. “Save version…” (Ctrl+S) keeps one.</source>
            <translation>Todavía no hay versiones. «Guardar versión…» (Ctrl+S) guarda una.</translation>
        </message>
        <message>
            <source>Look</source>
            <translation>Ver</translation>
        </message>
        <message>
            <source>Side by side</source>
            <translation>Una junto a otra</translation>
        </message>
        <message>
            <source>Restore as new</source>
            <translation>Recuperar como nueva</translation>
        </message>
        <message>
            <source>Replay</source>
            <translation>Reproducir</translation>
        </message>
        <message>
            <source>Select two versions to see them side by side</source>
            <translation>Elige dos versiones para verlas una junto a otra</translation>
        </message>
        <message>
            <source>Saved by you</source>
            <translation>Guardada por ti</translation>
        </message>
        <message>
            <source>A step of the guided flow</source>
            <translation>Un paso del recorrido guiado</translation>
        </message>
        <message>
            <source>Kept automatically</source>
            <translation>Guardada automáticamente</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>Recuperada</translation>
        </message>
        <message>
            <source>Restored from version %s</source>
            <translation>Recuperada de la versión %s</translation>
        </message>
        <message>
            <source>Restore as a new version</source>
            <translation>Recuperar como versión nueva</translation>
        </message>
        <message>
            <source>Bring back version %s as the newest version? Every version stays as it is, and Undo (Ctrl+Z) takes the canvas back.</source>
            <translation>¿Traer la versión %s como la versión más nueva? Todas las versiones se quedan como están, y Deshacer (Ctrl+Z) devuelve el lienzo.</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Ahora no</translation>
        </message>
        <message>
            <source>now</source>
            <translation>ahora</translation>
        </message>
    </context>
    <context>
        <name>VersionsFeature</name>
        <message>
            <source>Save &amp;version…</source>
            <translation>Guardar &amp;versión…</translation>
        </message>
        <message>
            <source>&amp;Versions</source>
            <translation>&amp;Versiones</translation>
        </message>
        <message>
            <source>&amp;Library…</source>
            <translation>&amp;Biblioteca…</translation>
        </message>
        <message>
            <source>Version kept.</source>
            <translation>Versión guardada.</translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <source>Welcome</source>
            <translation>Bienvenida</translation>
        </message>
        <message>
            <source>Welcome to Container Studio</source>
            <translation>Te damos la bienvenida a Container Studio</translation>
        </message>
        <message>
            <source>Container Studio is a quiet place to draw, paint or collage a container: an imagined strong vessel that can hold what is too much to carry right now.</source>
            <translation>Container Studio es un lugar tranquilo para dibujar, pintar o hacer un collage de un contenedor: un recipiente imaginario y fuerte que puede guardar lo que ahora mismo pesa demasiado para llevarlo contigo.</translation>
        </message>
        <message>
            <source>Everything stays on this computer. Nothing you make or write is sent anywhere.</source>
            <translation>Todo se queda en este ordenador. Nada de lo que haces o escribes se envía a ningún sitio.</translation>
        </message>
        <message>
            <source>Every step is optional. You may skip any of them, go back, or simply draw.</source>
            <translation>Cada paso es opcional. Puedes omitir cualquiera, volver atrás o simplemente dibujar.</translation>
        </message>
        <message>
            <source>To stop, close the window (Ctrl+Q): your work is kept. Ground me (F1), Pause (F2) and Hide now (F12) are there on every screen.</source>
            <translation>Para parar, cierra la ventana (Ctrl+Q): tu trabajo se guarda. Anclarme (F1), Pausa (F2) y Ocultar ya (F12) están en todas las pantallas.</translation>
        </message>
        <message>
            <source>How will you use it?</source>
            <translation>¿Cómo lo vas a usar?</translation>
        </message>
        <message>
            <source>On my own</source>
            <translation>Por mi cuenta</translation>
        </message>
        <message>
            <source>The container exercise, with no set length.</source>
            <translation>El ejercicio del contenedor, sin duración fija.</translation>
        </message>
        <message>
            <source>With my therapist</source>
            <translation>Con mi terapeuta</translation>
        </message>
        <message>
            <source>The container exercise, with a session length to keep in view.</source>
            <translation>El ejercicio del contenedor, con una duración de sesión a la vista.</translation>
        </message>
        <message>
            <source>Leading a group</source>
            <translation>Guiando un grupo</translation>
        </message>
        <message>
            <source>The group exercise first, with its session length.</source>
            <translation>Primero el ejercicio de grupo, con su duración de sesión.</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Tamaño del texto</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>Larger</source>
            <translation>Más grande</translation>
        </message>
        <message>
            <source>Largest</source>
            <translation>El más grande</translation>
        </message>
        <message>
            <source>Text size: %s</source>
            <translation>Tamaño del texto: %s</translation>
        </message>
        <message>
            <source>You may change these later: Help → Welcome…</source>
            <translation>Puedes cambiar esto más tarde: Ayuda → Bienvenida…</translation>
        </message>
        <message>
            <source>Begin</source>
            <translation>Empezar</translation>
        </message>
        <message>
            <source>Begin with these choices</source>
            <translation>Empezar con estas opciones</translation>
        </message>
    </context>
    <context>
        <name>WelcomeFeature</name>
        <message>
            <source>Welcome…</source>
            <translation>Bienvenida…</translation>
        </message>
        <message>
            <source>What Container Studio is, how you will use it, and a text size</source>
            <translation>Qué es Container Studio, cómo lo vas a usar y un tamaño de texto</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
    </context>
    <context>
        <name>WhatLeftDialog</name>
        <message>
            <source>What left the app</source>
            <translation>Lo que ha salido de la aplicación</translation>
        </message>
        <message>
            <source>Every export, print and handover is listed here: when, what kind, and which parts went with it. What you made or wrote is never written here.</source>
            <translation>Aquí aparece cada exportación, impresión y entrega: cuándo, de qué tipo y qué partes fueron con ella. Lo que hiciste o escribiste nunca se anota aquí.</translation>
        </message>
        <message>
            <source>What left the app, newest first</source>
            <translation>Lo que ha salido de la aplicación, lo más reciente primero</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>Parts</source>
            <translation>Partes</translation>
        </message>
        <message>
            <source>Columns: when, what, parts</source>
            <translation>Columnas: cuándo, qué, partes</translation>
        </message>
        <message>
            <source>Reading the list…</source>
            <translation>Leyendo la lista…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>%1 (%2 containers)</source>
            <translation>%1 (%2 contenedores)</translation>
        </message>
        <message>
            <source>Nothing has left the app yet.</source>
            <translation>Todavía no ha salido nada de la aplicación.</translation>
        </message>
        <message>
            <source>The list cannot be read just now; you may try again later.</source>
            <translation>La lista no se puede leer ahora mismo; puedes volver a intentarlo más tarde.</translation>
        </message>
        <message>
            <source>Session PDF</source>
            <translation>PDF de la sesión</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Impreso</translation>
        </message>
        <message>
            <source>Picture (PNG)</source>
            <translation>Imagen (PNG)</translation>
        </message>
        <message>
            <source>Paper container</source>
            <translation>Contenedor de papel</translation>
        </message>
        <message>
            <source>Printed together</source>
            <translation>Impresos juntos</translation>
        </message>
        <message>
            <source>Portable file</source>
            <translation>Archivo portátil</translation>
        </message>
        <message>
            <source>Sealed for my therapist</source>
            <translation>Sellado para mi terapeuta</translation>
        </message>
        <message>
            <source>reflections</source>
            <translation>reflexiones</translation>
        </message>
        <message>
            <source>check-ins</source>
            <translation>cómo estás</translation>
        </message>
        <message>
            <source>where it is kept</source>
            <translation>dónde se guarda</translation>
        </message>
        <message>
            <source>slips</source>
            <translation>papelitos</translation>
        </message>
        <message>
            <source>versions</source>
            <translation>versiones</translation>
        </message>
        <message>
            <source>latest drawing</source>
            <translation>último dibujo</translation>
        </message>
        <message>
            <source>photos</source>
            <translation>fotos</translation>
        </message>
    </context>
    <context>
        <name>_ViewerDialog</name>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
    </context>
</TS>
