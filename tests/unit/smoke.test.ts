import { expect } from '@esm-bundle/chai';
import { use, init } from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { SVGRenderer } from 'echarts/renderers';
import Papa from 'papaparse';

describe('toolchain', () => {
  it('loads pre-bundled ECharts and papaparse', () => {
    use([BarChart, SVGRenderer]);
    const div = document.createElement('div');
    div.style.cssText = 'width:200px;height:100px';
    document.body.append(div);
    const chart = init(div, undefined, { renderer: 'svg' });
    chart.setOption({ xAxis: { show: false, type: 'category', data: ['a'] }, yAxis: { show: false }, series: [{ type: 'bar', data: [1] }] });
    expect(div.querySelector('svg')).to.exist;
    chart.dispose();
    expect(Papa.parse('a,b\n1,2').data).to.deep.equal([['a', 'b'], ['1', '2']]);
  });
});
