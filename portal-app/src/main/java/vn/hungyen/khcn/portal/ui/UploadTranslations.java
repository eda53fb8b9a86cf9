package vn.hungyen.khcn.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.List;

/**
 * Every upload field of every module speaks the reader's language: Vaadin's {@link Upload} carries English words of
 * its own ("Upload File…", "Drop file here", "File is too big"); after each navigation this sets them from the
 * bundles ({@code core.upload.*}) on every upload the page holds, so a module's upload needs no code of its own.
 */
@org.springframework.stereotype.Component
class UploadTranslations implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.addAfterNavigationListener(navigation -> translate(ui, ui));
        });
    }

    private static void translate(UI ui, Component component) {
        if (component instanceof Upload upload) {
            upload.setI18n(i18n(ui));
        }
        component.getChildren().forEach(child -> translate(ui, child));
    }

    static UploadI18N i18n(UI ui) {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(t(ui, "add.one")).setMany(t(ui, "add.many")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(t(ui, "drop.one")).setMany(t(ui, "drop.many")))
                .setError(new UploadI18N.Error().setTooManyFiles(t(ui, "error.too-many"))
                        .setFileIsTooBig(t(ui, "error.too-big")).setIncorrectFileType(t(ui, "error.type")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting(t(ui, "status.connecting"))
                                .setStalled(t(ui, "status.stalled")).setProcessing(t(ui, "status.processing"))
                                .setHeld(t(ui, "status.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(t(ui, "remaining.prefix")).setUnknown(t(ui, "remaining.unknown")))
                        .setError(new UploadI18N.Uploading.Error().setServerUnavailable(t(ui, "error.server"))
                                .setUnexpectedServerError(t(ui, "error.unexpected"))
                                .setForbidden(t(ui, "error.forbidden")).setFileTooLarge(t(ui, "error.too-big"))))
                .setFile(new UploadI18N.File().setRetry(t(ui, "file.retry")).setStart(t(ui, "file.start"))
                        .setRemove(t(ui, "file.remove")))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB"));
    }

    private static String t(UI ui, String key) {
        return ui.getTranslation("core.upload." + key);
    }
}
