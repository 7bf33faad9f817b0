#include "ui/Icons.h"

#include <QFile>
#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

namespace clm::ui::icons {

namespace {

// The stroke colour the line icons are drawn with in resources/icons/.
constexpr QByteArrayView kInk = "#5f6b7a";

class TintedSvgEngine : public QIconEngine
{
public:
    explicit TintedSvgEngine(QByteArray svg)
        : m_svg(std::move(svg))
    {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QGuiApplication::palette();
        QColor ink =
                palette.color(QPalette::Active, mode == QIcon::Selected ? QPalette::HighlightedText
                                                                        : QPalette::WindowText);
        if (mode == QIcon::Disabled)
            ink = palette.color(QPalette::Disabled, QPalette::WindowText);
        QByteArray svg = m_svg;
        svg.replace(kInk, ink.name().toLatin1());
        QSvgRenderer renderer(svg);
        if (mode == QIcon::Disabled)
            painter->setOpacity(0.5);
        renderer.render(painter, rect);
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        QPixmap pixmap(size * scale);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            paint(&painter, QRect(QPoint(), pixmap.size()), mode, state);
        }
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }

    QIconEngine* clone() const override { return new TintedSvgEngine(m_svg); }

private:
    QByteArray m_svg;
};

} // namespace

QIcon get(const QString& name)
{
    QFile file(u":/icons/"_s + name + u".svg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return QIcon();
    return QIcon(new TintedSvgEngine(file.readAll()));
}

} // namespace clm::ui::icons
